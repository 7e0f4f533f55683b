import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../helpers/runCli';
import { SEEDS } from '../helpers/paths';

const SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

describe('check output formats', () => {
  it('--format sarif is valid SARIF 2.1.0 and carries every finding', async () => {
    const sarif = await runCli(['check', '--format', 'sarif', SEEDS]);
    const json = await runCli(['check', '--format', 'json', SEEDS]);
    const log: any = JSON.parse(sarif.out);
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv as never);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    assert.ok(validate(structuredClone(log)), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const findings = JSON.parse(json.out).findings;
    assert.ok(findings.length > 0, 'the seeds have findings');
    assert.equal(log.runs[0].results.length, findings.length);
    const ruleIds = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    for (const r of log.runs[0].results) assert.ok(ruleIds.includes(r.ruleId));
  });

  it('--format text prints path:line:col severity code message, and exits 1 on warnings', async () => {
    const r = await runCli(['check', '--format', 'text', SEEDS]);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.length > 0);
    for (const line of lines) assert.match(line, /^.+\.txt:\d+:\d+ (error|warning|information|hint) [a-z-]+ .+/);
  });
});
