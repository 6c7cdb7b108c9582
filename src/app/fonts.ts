// BIZ UDPGothic, the universal-design font Japanese governments use, self-hosted
// from npm (no web fonts from outside). Imported lazily by main.tsx.
import '@fontsource/biz-udpgothic/400.css';
import '@fontsource/biz-udpgothic/700.css';
