// Unit tests run against fake-indexeddb: a real IndexedDB implementation in memory.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

// Waits end as soon as their condition holds, so a generous bound costs a passing test
// nothing; the default second failed tests that encrypt or decrypt on a loaded machine
// (the CI runs unit and server tests side by side on two cores).
configure({ asyncUtilTimeout: 10_000 });
