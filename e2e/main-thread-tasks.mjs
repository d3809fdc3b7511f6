// The page's main-thread work in thread (CPU) time, through the DevTools protocol: per task
// from a trace, or in total. Other processes taking the CPU from the page on a shared
// machine stretch frame gaps and wall-clock durations, not thread time.

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const sessions = new WeakMap();
const threadTicks = new WeakSet();

/**
 * Runs `during` while tracing the page; returns what `during` returned and the thread time
 * in ms of each task the renderer's main thread ran meanwhile (`tasksMs`, in order).
 */
export async function withMainThreadTasks(page, during) {
  const session = await sessionOf(page);
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  let value;
  let stream;
  try {
    value = await during();
  } finally {
    const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
    await session.send('Tracing.end');
    stream = (await complete).stream;
  }
  const trace = JSON.parse(await readStream(session, stream));
  return { value, tasksMs: mainThreadTasksMs(Array.isArray(trace) ? trace : trace.traceEvents) };
}

/**
 * The page's main-thread CPU time so far, in ms: the DevTools protocol's task duration
 * counted in thread ticks.
 */
export async function mainThreadCpuMs(page) {
  const session = await sessionOf(page);
  if (!threadTicks.has(session)) {
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    threadTicks.add(session);
  }
  const { metrics } = await session.send('Performance.getMetrics');
  const seconds = metrics.find((m) => m.name === 'TaskDuration')?.value;
  if (seconds === undefined) throw new Error('the DevTools protocol reported no TaskDuration');
  return seconds * 1000;
}

/** One line on tasks' thread times: how many, their total and the longest. */
export function describeTasks(tasksMs) {
  const longest = [...tasksMs].sort((a, b) => b - a).slice(0, 5);
  const total = tasksMs.reduce((sum, ms) => sum + ms, 0);
  const f = (ms) => ms.toFixed(1);
  return `${tasksMs.length} main-thread tasks, ${f(total)} ms of thread time, longest [${longest.map(f).join(', ')}] ms`;
}

async function sessionOf(page) {
  let session = sessions.get(page);
  if (session === undefined) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

async function readStream(session, handle) {
  let text = '';
  for (;;) {
    const { data, eof, base64Encoded } = await session.send('IO.read', { handle, size: 1 << 20 });
    text += base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data;
    if (eof) break;
  }
  await session.send('IO.close', { handle });
  return text;
}

/**
 * The thread time of the renderer main thread's tasks, leaving out those that evaluated a
 * script: Playwright's own calls into the page (`page.evaluate`, selector polling), the
 * harness's cost rather than the page's (one read 11 ms while the frames around it read 13).
 */
function mainThreadTasksMs(events) {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (main === undefined) throw new Error('the trace has no renderer main thread');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const evaluations = onMain.filter((e) => e.name === 'EvaluateScript');
  const harness = (task) => evaluations.some((e) => e.ts >= task.ts && e.ts < task.ts + task.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && !harness(e));
  if (tasks.some((e) => e.tdur === undefined)) throw new Error('the trace has no thread times (tdur)');
  return tasks.map((e) => e.tdur / 1000);
}
