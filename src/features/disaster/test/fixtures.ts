import type { EvacuationSite, Hazard } from '../../../lib/content/pack-types';

/** 小名浜支所, where the Onahama kiosk stands (kiosk-config/sites/onahama-shisho.json). */
export const onahamaShisho = { lat: 36.94835, lng: 140.90388 };

export function site(id: string, name: EvacuationSite['name'], lat: number, lng: number, hazards: Hazard[], extra: Partial<EvacuationSite> = {}): EvacuationSite {
  return { id, name, address: 'いわき市小名浜', lat, lng, hazards, shelter: true, capacity: 300, note: '', ...extra };
}

/**
 * The layout of the sample data around 小名浜支所 (content/disaster/README.md): the two
 * nearest places are NOT tsunami sites; the tsunami sites lie 1.2–3.5 km away.
 */
export const onahamaSites: EvacuationSite[] = [
  site('kominkan', [['小名浜', 'おなはま'], ['公民館', 'こうみんかん']], 36.947027, 140.905019, ['earthquake', 'large-fire']),
  site('daiichi-sho', [['小名浜', 'おなはま'], ['第一', 'だいいち'], ['小学校', 'しょうがっこう']], 36.9512, 140.9001, ['earthquake', 'flood']),
  site('misaki', [['三崎', 'みさき'], ['公園', 'こうえん']], 36.933031, 140.917015, ['tsunami', 'earthquake'], { shelter: false, capacity: null, note: '高台です。' }),
  site('daiichi-chu', [['小名浜', 'おなはま'], ['第一', 'だいいち'], ['中学校', 'ちゅうがっこう']], 36.95801, 140.896022, ['tsunami', 'flood', 'earthquake'], { capacity: 600 }),
  site('tamagawa', '玉川中学校', 36.9671, 140.8790, ['tsunami'], { nameKana: 'タマガワチュウガッコウ' }),
];
