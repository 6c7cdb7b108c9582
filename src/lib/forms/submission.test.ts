import { describe, expect, it } from 'vitest';
import { buildSubmission } from './submission';
import { realForm } from './test/real-forms';

describe('the submission payload', () => {
  it('carries its id, form and key with only the shown answers', () => {
    const payload = buildSubmission(
      realForm('opinion'),
      { category: 'other', subject: ' 公園のベンチ ', body: '壊れています', replyMethod: 'none', email: 'hidden@example.jp', consent: true },
      { id: '0190b8c4-5a2e-7c3d-9f00-123456789abc', now: new Date('2026-11-25T01:00:00Z'), lang: 'ja-easy', channel: 'kiosk' },
    );
    expect(payload).toEqual({
      id: '0190b8c4-5a2e-7c3d-9f00-123456789abc',
      formId: 'opinion',
      formVersion: 1,
      keyId: 'kocho-2026',
      lang: 'ja-easy',
      submittedAt: '2026-11-25T01:00:00.000Z',
      channel: 'kiosk',
      answers: { category: 'other', subject: '公園のベンチ', body: '壊れています', replyMethod: 'none', consent: true },
    });
  });
});
