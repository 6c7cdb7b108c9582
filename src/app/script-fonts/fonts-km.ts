// Noto Sans Khmer for Khmer: only its Khmer slice (~23 KB a weight); Latin and digits stay in the UI font.
import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-khmer/khmer-700.css';
