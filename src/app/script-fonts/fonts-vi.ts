// Vietnamese in one Latin font that has its stacked diacritics: the Latin and Vietnamese
// slices of Noto Sans KR (~30 KB), not its Hangul (see styles/script-fonts.css).
import '@fontsource/noto-sans-kr/latin-400.css';
import '@fontsource/noto-sans-kr/latin-ext-400.css';
import '@fontsource/noto-sans-kr/vietnamese-400.css';
import '@fontsource/noto-sans-kr/latin-700.css';
import '@fontsource/noto-sans-kr/latin-ext-700.css';
import '@fontsource/noto-sans-kr/vietnamese-700.css';
