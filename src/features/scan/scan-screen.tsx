export default function ScanScreen() { return null; }
