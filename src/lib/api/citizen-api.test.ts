import { describe, expect, it } from 'vitest';
import { apiAnswer, apiBody, apiErrorCode } from './citizen-api';

const json = (body: unknown, status = 200) => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('the citizen API client', () => {
  it('serialises a body the contract describes', () => {
    expect(JSON.parse(apiBody('POST /api/kiosks/enrol', { kioskId: 'taira-shisho-01', enrolmentToken: 't' }))).toEqual({ kioskId: 'taira-shisho-01', enrolmentToken: 't' });
  });

  it('reads an answer, and nothing from a proxy’s HTML page', async () => {
    expect(await apiAnswer('GET /api/notices', json({ notices: [] }))).toEqual({ notices: [] });
    expect(await apiAnswer('GET /api/notices', json('<html>502</html>'))).toBeUndefined();
  });

  it('reads the error code of a refusal, and nothing from a body without one', async () => {
    expect(await apiErrorCode(json({ error: { code: 'revoked', message: 'x' } }, 401))).toBe('revoked');
    expect(await apiErrorCode(json({ error: 'revoked' }, 401))).toBeUndefined();
    expect(await apiErrorCode(json('<html>401</html>', 401))).toBeUndefined();
  });
});
