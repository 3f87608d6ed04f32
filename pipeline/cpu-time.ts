// This process's CPU time (user + system, every thread's), in milliseconds: what the stage clock
// and the benchmarks measure a stage's or a kernel's cost with, beside its wall time.
export const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
