// Noto Sans Myanmar for Burmese: only its Myanmar slice (~47 KB a weight); Latin stays in the UI font.
import '@fontsource/noto-sans-myanmar/myanmar-400.css';
import '@fontsource/noto-sans-myanmar/myanmar-700.css';
