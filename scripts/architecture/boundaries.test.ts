// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { boundaryRules, importsOf, repositoryImports, violations } from './boundaries';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('architecture boundaries', () => {
  it('no import in the repository crosses a forbidden boundary', () => {
    const found = violations(repositoryImports(root)).map((v) => `${v.file}:${v.line} → ${v.specifier} (${v.rule})`);
    expect(found).toEqual([]);
  });

  it('finds the imports it checks (a scan that reads nothing would pass anything)', () => {
    const edges = repositoryImports(root);
    expect(edges.length).toBeGreaterThan(1000);
    expect(edges.some((e) => e.file.startsWith('server/') && e.target.startsWith('contract/'))).toBe(true);
    expect(edges.some((e) => e.file.startsWith('src/') && e.target.startsWith('contract/'))).toBe(true);
  });

  // Each violation the contract issue measured, as a one-line source: the rule must catch it.
  it.each([
    ['src/ui/rtext.tsx', "import { displayModes } from '../features/display/display-modes';", 'shared UI imports no feature'],
    ['src/db/settings.ts', "import type { DisplayModes } from '../features/display/display-mode-values';", 'storage imports no feature'],
    ['src/features/staff/api/http.ts', "import type { ErrorBody } from '../../../../server/src/schemas/common';", 'app does not import the server'],
    ['src/lib/outbox/flush.ts', "import type { SubmissionReceipt } from '../../../server/src/schemas/submissions';", 'app does not import the server'],
    ['server/src/services/notices.ts', "import type { Hazard } from '../../../src/lib/content/hazards.js';", 'server does not import the app'],
    ['contract/api/notices.ts', "import { languageInfo } from '../../src/i18n/languages';", 'contract is a leaf'],
    ['contract/ids.ts', "export { KIOSK_ID_PATTERN } from '../server/src/lib/ids.js';", 'contract is a leaf'],
    ['src/runtime/display/display-controls.tsx', "const screen = import('../../features/settings/settings-screen');", 'runtime services import no feature'],
  ])('%s: %s is refused', (file, source, rule) => {
    expect(violations(importsOf(file, source)).map((v) => v.rule)).toEqual([rule]);
  });

  it('every rule names why it exists', () => {
    for (const rule of boundaryRules) expect(rule.why.length).toBeGreaterThan(20);
  });
});
