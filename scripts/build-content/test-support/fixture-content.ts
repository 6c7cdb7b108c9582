import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A small but complete content folder, written to a temp dir, for build tests to break. */
/** A throwaway QR signing key's public half (not any machine's real key). */
export const fixtureQrKey = {
  kty: 'EC', crv: 'P-256', kid: 'fixture-qr',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
};

export const fixtureFiles: Record<string, string> = {
  'guides/juminhyo-copy.md': `---
id: juminhyo-copy
title: 住民票の写しを取る
category: registry
tags: [住民票, 証明書]
updated: 2026-10-01
department: 市民課
summary: 住民票の写しの取り方。
relatedForms: [certificate-by-mail]
relatedFacilities: [iwaki-city-hall]
sample: true
---

## 請求できる人

本人または同じ世帯の方。[印鑑登録](/guides/inkan-registration)もご覧ください。
`,
  'guides/juminhyo-copy.en.md': `---
id: juminhyo-copy
title: Getting a copy of your residence certificate
category: registry
updated: 2026-10-02
source: 2026-10-01
checked: false
department: Citizens Division
summary: How to get a copy of the 住民票.
sample: true
---

## Who can request it

You, or a member of your household.
`,
  'guides/inkan-registration.md': `---
id: inkan-registration
title: 印鑑登録
category: registry
updated: 2026-09-01
department: 市民課
summary: 実印の登録。
---

登録する印鑑をお持ちください。
`,
  'faq/faq.json': `{
  "sample": true,
  "items": [
    {
      "id": "faq-001",
      "category": "registry",
      "question": "転入の手続きはいつまでですか。",
      "answer": "住み始めた日から14日以内です。",
      "tags": ["転入届"]
    }
  ]
}
`,
  'ordinances/library-ordinance.json': `{
  "id": "library-ordinance",
  "sample": true,
  "note": "サンプルです。",
  "number": "平成1年いわき市条例第1号",
  "title": "いわき市立図書館条例",
  "promulgated": "1989-03-31",
  "articles": [{ "number": "第1条", "caption": "（設置）", "paragraphs": ["図書館を設置する。"] }]
}
`,
  'events/events.json': `{
  "sample": true,
  "items": [
    {
      "id": "evt-drill",
      "category": "disaster",
      "title": "総合防災訓練",
      "summary": "訓練を行います。",
      "start": "2026-09-06",
      "end": "2026-09-06",
      "place": "市役所",
      "facility": "iwaki-city-hall"
    }
  ]
}
`,
  'facilities/facilities.csv':
    '\uFEFF全国地方公共団体コード,ID,名称,名称_カナ,名称_英字,種別,所在地_連結表記,緯度,経度,電話番号,利用可能曜日,開始時間,終了時間,祝日の利用,利用可能日時特記事項,車いす対応,多目的トイレ,駐車場,URL,備考\r\n' +
    '072044,iwaki-city-hall,いわき市役所,イワキシヤクショ,Iwaki City Hall,市役所,福島県いわき市平字梅本21,37.05052,140.88764,0246-22-1111,月火水木金,8:30,17:15,不可,,有,有,350台,https://www.city.iwaki.lg.jp/,"本庁舎。\r\n1階が市民課です"\r\n' +
    '072044,onahama-library,小名浜図書館,オナハマトショカン,Onahama Library,図書館,福島県いわき市小名浜字花畑町11-3,36.94852,140.90416,0246-00-1016,火〜日,10:00,18:00,可,月曜休館,有,無,,,\r\n',
  // A real form definition, so the forms source validates it exactly as in production.
  'forms/certificate-by-mail.json': readFileSync(new URL('../../../content/forms/certificate-by-mail.json', import.meta.url), 'utf8'),
  // The public half of a throwaway department key (content/keys is generated per machine).
  'keys/shimin-2026.public.jwk.json': JSON.stringify({
    kty: 'EC', crv: 'P-256', kid: 'shimin-2026', use: 'enc', alg: 'ECDH-ES+A256KW',
    x: 'q4m3CkAIx1lfu5Nq0DwHDx0AqrErVCKZhb1SDFvQ1hE', y: 'FfQ8zkuP7d8fBH8xcs7tIgSIc0wZJ6p1jQRgGxm3hSk',
  }),
  // The public half of a throwaway QR signing key: the pack carries it for checking notices' codes.
  'keys/qr-signing.public.jwk.json': JSON.stringify(fixtureQrKey),
};

export async function writeFixtureContent(files: Record<string, string> = fixtureFiles): Promise<{ root: string; contentDir: string; outDir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'madoguchi-content-'));
  const contentDir = join(root, 'content');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(contentDir, path, '..'), { recursive: true });
    await writeFile(join(contentDir, path), text);
  }
  return { root, contentDir, outDir: join(root, 'packs') };
}

export async function testSigningKey(): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
}
