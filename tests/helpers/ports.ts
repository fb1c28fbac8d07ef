// The ports that fetch refuses to connect to (the Fetch standard's "bad ports"), from 1024 up: a
// test server on one of them would start and then never be reached ("bad port"), as happened
// to a write server on 3659 when INTEGRATION_PORT was 3610. tests/unit/ports.test.ts checks
// this list against Node's own fetch.
export const FETCH_BLOCKED_PORTS: readonly number[] = [
  1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
];

/** The n-th port from `base` (n = 0 is `base` itself when usable) that fetch can reach. */
export function usablePort(base: number, n: number): number {
  let port = base - 1;
  for (let left = n; left >= 0; left--) {
    do port++;
    while (FETCH_BLOCKED_PORTS.includes(port));
  }
  return port;
}

/**
 * The port of the integration tests' server number n: n = 0 is the read server, every other
 * number one file's own. Counted among the usable ports above INTEGRATION_PORT, so no two
 * numbers share a port and none is one fetch refuses.
 */
export function integrationPort(n: number): number {
  return usablePort(Number(process.env.INTEGRATION_PORT ?? 3210), n);
}
