/** Preload (`node --import`) that prints the process's wall time and peak RSS as JSON on exit. */
const started = performance.now();
process.on('exit', () => {
  process.stderr.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
});
