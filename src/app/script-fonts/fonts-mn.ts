// Mongolian Cyrillic in one font: BIZ UDPGothic has Russian Cyrillic but not Ө ө Ү ү, and a
// word must not be drawn half in one font and half in another. Noto Sans's Cyrillic and
// Cyrillic Extended slices (Ө and Ү are there) and its Latin slice (~45 KB a weight).
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans/cyrillic-ext-700.css';
import '@fontsource/noto-sans/latin-700.css';
