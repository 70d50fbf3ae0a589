/*
 * Preloaded into contentlayer2's CLI (`node --import`): its first import switches on Effect-TS
 * execution tracing, which records a stack of trace entries for every fiber it forks, one fiber
 * per document and more. Profiled at 5,000 articles, copying those traces was the largest single
 * cost of the content compile, and it grows faster than the archive: 43 of 234 CPU seconds, and
 * the whole compile took 130 CPU seconds without it. Content errors never reach contentlayer (the
 * content check runs first), so its internal traces buy us nothing.
 *
 * The tracing switch is read once, when Effect's runtime module loads. Loading the CLI's switch
 * first and turning it off here means the CLI's own import of it changes nothing. Should a later
 * contentlayer2 stop using these modules, this does nothing and the build carries on.
 */
try {
  await import('@effect-ts/system/Tracing/Enable');
  const { disableTracing } = await import('@effect-ts/system/Tracing/Global');
  disableTracing();
} catch {
  // Not installed: contentlayer2 no longer uses Effect-TS.
}
