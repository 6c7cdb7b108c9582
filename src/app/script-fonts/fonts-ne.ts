// Noto Sans Devanagari for Nepali: three small slices, so both weights.
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/700.css';
