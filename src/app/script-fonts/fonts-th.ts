// Noto Sans Thai for Thai: only its Thai slice (~9 KB a weight); Latin and digits stay in the UI font.
import '@fontsource/noto-sans-thai/thai-400.css';
import '@fontsource/noto-sans-thai/thai-700.css';
