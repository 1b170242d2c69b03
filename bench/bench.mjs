// The load half of bench/run: seeds a fresh database, starts the real host on its embedded PostgreSQL,
// measures cold start, drives each scenario over HTTP with autocannon, runs pgbench on the same server as
// the baseline, and writes bench/out/results.json and docs/performance.md. Settings come from BENCH_*
// variables (see bench/run).
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { writeReport } from './report.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', 'out');
const settings = {
  events: Number(process.env.BENCH_EVENTS ?? 300_000),
  // The queue is measured again once the store holds this many events in all (0: not again).
  grownEvents: Number(process.env.BENCH_GROWN_EVENTS ?? 3_000_000),
  // The hot stream runs once on each of these ledgers: a bank with that many debits before the phase.
  ledgers: (process.env.BENCH_LEDGERS ?? '100,100000').split(',').map(Number),
  duration: Number(process.env.BENCH_DURATION ?? 30),
  coldStarts: Number(process.env.BENCH_COLD_STARTS ?? 3),
  benchmarkJob: process.env.BENCH_BDN_JOB ?? 'short',
  port: Number(process.env.BENCH_PORT ?? 5190),
  // Which measurements to take (all by default); a subset compares two settings quickly on a reused seed.
  phases: new Set((process.env.BENCH_PHASES ?? 'floor,commands,hot,queue,grow,bdn').split(',')),
};
const runs = (phase) => settings.phases.has(phase);
// Published as production publishes it (Dockerfile): Release, ReadyToRun, with the pre-generated handler code.
const hostDll = join(out, 'host', 'Milestone.Host.dll');
const benchmarksDll = join(root, 'tests', 'Milestone.Benchmarks', 'bin', 'Release', 'net10.0', 'Milestone.Benchmarks.dll');
const dataDirectory = join(out, 'pg');
const baseUrl = `http://127.0.0.1:${settings.port}`;
const hostEnvironment = {
  ...process.env,
  ASPNETCORE_ENVIRONMENT: 'Production',
  ASPNETCORE_URLS: baseUrl,
  Milestone__EmbeddedPostgres__DataDirectory: dataDirectory,
  Milestone__Auth__SigningKey: randomBytes(48).toString('base64'),
  Milestone__Auth__AccessTokenLifetime: '04:00:00',
  // The floor phase's bare append (src/Host/Benchmarking), never mapped in a deployment.
  Milestone__Benchmarking__BareAppendFloor: 'true',
  Logging__LogLevel__Default: 'Warning',
  // bench.mjs reads the embedded PostgreSQL's port from this category's start-up line.
  'Logging__LogLevel__Milestone.Database': 'Information',
};
const children = new Set();
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));
const demoPassword = 'milestone demo password';
const commandsRun = [];

// ---------------------------------------------------------------------------------------------------------

function machine() {
  const version = (command, args) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8' }).trim().split('\n')[0];
    } catch {
      return 'not found';
    }
  };
  return {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    dotnet: version('dotnet', ['--version']),
    postgres: version(postgresBinary('postgres'), ['--version']),
    pgbench: version(postgresBinary('pgbench'), ['--version']),
    node: process.version,
    autocannon: JSON.parse(readFileSync(join(root, 'bench', 'node_modules', 'autocannon', 'package.json'), 'utf8')).version,
    loadOnMachine: readFileSync('/proc/loadavg', 'utf8').trim(),
  };
}

// The embedded cluster asks for its superuser's password, kept beside its data directory.
const postgresEnvironment = () => ({ ...process.env, PGPASSWORD: readFileSync(dataDirectory + '.password', 'utf8').trim() });

function postgresBinary(name) {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => `/usr/lib/postgresql/${v}/bin/${name}`).find(existsSync);
  return found ?? name;
}

function record(line) {
  commandsRun.push(line);
}

async function seed(events, report, extra = []) {
  const args = [hostDll, 'seed', 'bulk', '--events', String(events), '--report', report, ...extra];
  record(`dotnet ${args.join(' ').replaceAll(root + '/', '')}`);
  const started = performance.now();
  await run('dotnet', args, hostEnvironment);
  const seeded = JSON.parse(readFileSync(report, 'utf8'));
  seeded.wallSeconds = (performance.now() - started) / 1000;
  writeFileSync(report, JSON.stringify(seeded, null, 2));
  return seeded;
}

function run(command, args, env) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        if (/^(Loaded|Rebuilt|\s+\d|\s+building)/.test(line)) {
          console.log(`  ${line}`);
        }
      }
    });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Starts the host: timed from the process start to the first query answered with data. */
async function startHost() {
  const started = performance.now();
  const child = spawn('dotnet', [hostDll], { env: hostEnvironment, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((done) => child.on('exit', done));
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`The host exited with ${child.exitCode}:\n${log}`);
    }
    try {
      const answer = await graphql('{ __typename }');
      if (answer.data?.__typename) {
        break;
      }
    } catch {
      // Not listening yet.
    }
    await sleep(10);
  }
  const milliseconds = performance.now() - started;
  const [utime, stime] = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(')')[1].trim().split(' ').slice(11, 13).map(Number);
  const postgresPort = Number(/listening on 127\.0\.0\.1:(\d+)/.exec(log)?.[1]);
  return {
    milliseconds,
    cpuMs: (utime + stime) * 10,
    postgresPort,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      children.delete(child);
    },
  };
}

/** A first start after the seed, untimed, loads pg_stat_statements from the next start on. */
async function coldStarts() {
  const first = await startHost();
  execFileSync(postgresBinary('psql'), ['-h', '127.0.0.1', '-p', String(first.postgresPort), '-U', 'milestone', '-d', 'milestone', '-qAtc', "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"], { env: postgresEnvironment() });
  await first.stop();
  record(`ASPNETCORE_ENVIRONMENT=Production dotnet bench/out/host/Milestone.Host.dll   # timed until '{ __typename }' answers`);
  const runs = [];
  const cpu = [];
  let host;
  for (let i = 0; i < settings.coldStarts; i++) {
    host = await startHost();
    runs.push(host.milliseconds);
    cpu.push(host.cpuMs);
    if (i < settings.coldStarts - 1) {
      await host.stop();
    }
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { runsMs: runs, cpuMs: cpu, medianMs: sorted[Math.floor(sorted.length / 2)], host };
}

async function graphql(query, variables, token) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function signIn(email) {
  const answer = await graphql('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email, password: demoPassword } });
  if (!answer.data) {
    throw new Error(`Signing in ${email} failed: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data.signIn.accessToken;
}

async function setTheScene(database) {
  const admin = await signIn('admin@demo.milestone.test');
  const agent = await signIn('sam@demo.milestone.test');
  const demoClients = (await database.query(`SELECT id FROM milestone.mt_doc_clientorganisationdetails WHERE data->>'name' IN ('Acme Corp', 'Globex', 'Initech') ORDER BY id`)).rows.map((row) => row.id);
  await database.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await database.query('SELECT pg_stat_statements_reset()');
  const ledgers = [];
  for (const debits of settings.ledgers) {
    // The seed names each ledger client after its length (SeededClient.LedgerName).
    const bank = (await database.query(`
        SELECT b.id AS bank_id, c.id AS client_id
          FROM milestone.mt_doc_clientorganisationdetails c JOIN milestone.mt_doc_hourbank b ON b.data->>'clientId' = c.id::text
         WHERE c.data->>'name' = $1`, [`Ledger of ${debits} debits`])).rows[0];
    if (!bank) {
      throw new Error(`The seed has no ledger client of ${debits} debits: seed with --ledgers ${settings.ledgers.join(',')}`);
    }
    ledgers.push({ debits, id: bank.bank_id, clientId: bank.client_id });
  }
  return { admin, agent, demoClients, ledgers };
}

function pgbench(port) {
  const script = join(out, 'single-row-insert.sql');
  writeFileSync(script, "INSERT INTO baseline_insert (stream, payload) VALUES (:client_id, 'one row per transaction, as a command appends one event');\n");
  const psql = (sql) => execFileSync(postgresBinary('psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'milestone', '-d', 'milestone', '-qAtc', sql], { encoding: 'utf8', env: postgresEnvironment() });
  psql('CREATE SCHEMA IF NOT EXISTS baseline; DROP TABLE IF EXISTS baseline_insert; CREATE TABLE baseline_insert (id bigserial PRIMARY KEY, stream int NOT NULL, payload text NOT NULL, at timestamptz NOT NULL DEFAULT now())');
  const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'milestone', '-n', '-M', 'prepared', '-c', '8', '-j', '2', '-T', String(settings.duration), '-f', script, 'milestone'];
  record(`pgbench ${args.join(' ').replace(out + '/', 'bench/out/')}   # single-row-insert.sql: one INSERT per transaction`);
  const output = execFileSync(postgresBinary('pgbench'), args, { encoding: 'utf8', env: postgresEnvironment() });
  psql('DROP TABLE baseline_insert');
  return {
    clients: 8,
    tps: Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1]),
    transactions: Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1]),
    latencyAverageMs: Number(/latency average = ([\d.]+) ms/.exec(output)?.[1]),
  };
}

async function loadThenStop(sampler, options) {
  try {
    return await load(options);
  } catch (failure) {
    await sampler.stop();
    throw failure;
  }
}

function load(options) {
  return autocannon({ url: baseUrl, duration: settings.duration, ...options });
}

function summary(result, extra = {}) {
  return {
    connections: result.connections,
    durationSeconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ...extra,
  };
}

function mutation(query, variables) {
  return JSON.stringify({ query, variables });
}

const postRequest = { method: 'POST', path: '/graphql' };

/**
 * The framework's floor: 8 connections posting to a bare Wolverine.Http endpoint that appends one event to a
 * new Marten stream (src/Host/Benchmarking). Every answered append must be in the store.
 */
async function bareAppendFloor(database) {
  const appendedSoFar = async () => Number((await database.query("SELECT count(*) AS appended FROM milestone.mt_events WHERE type = 'bare_appended'")).rows[0].appended);
  const before = await appendedSoFar();
  const result = await load({ url: `${baseUrl}/benchmarking/bare-append`, connections: 8, method: 'POST' });
  record(`autocannon: 8 connections × ${settings.duration} s, POST /benchmarking/bare-append (one event on a new stream; bench/bench.mjs bareAppendFloor)`);
  const appended = (await appendedSoFar()) - before;
  if (result.non2xx > 0 || appended < result['2xx']) {
    throw new Error(`The floor endpoint answered ${result.non2xx} errors, and ${result['2xx']} appends but the store holds ${appended}`);
  }
  return summary(result, { appended });
}

/**
 * 8 connections, each on a stream of its own: submit a request, reply on it, log time on it, and again.
 * Meanwhile the async projections' progress is sampled, for the lag they keep under this load.
 */
async function commandThroughput(scene, database) {
  const graphqlErrors = errorTally();
  const checked = (status, body) => {
    if (status === 200 && JSON.parse(body).errors) {
      graphqlErrors.add(JSON.parse(body));
    }
  };
  const lag = sampleLag(database);
  const result = await loadThenStop(lag, {
    connections: 8,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${scene.agent}` },
    requests: [
      {
        ...postRequest,
        setupRequest: (request, context) => ({
          ...request,
          body: mutation('mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id version } } }', {
            input: { title: 'Benchmark request', description: 'Submitted by bench/run.', urgency: 'NORMAL', clientId: scene.demoClients[(context.n = (context.n ?? 0) + 1) % scene.demoClients.length] },
          }),
        }),
        onResponse: (status, body, context) => {
          checked(status, body);
          context.requestId = JSON.parse(body).data?.submitRequest?.request?.id;
        },
      },
      {
        ...postRequest,
        setupRequest: (request, context) => ({
          ...request,
          body: mutation('mutation ($id: ID!, $messageId: String!) { postMessage(requestId: $id, body: "We are on it.", idempotencyKey: $messageId) { id } }', { id: context.requestId, messageId: randomUUID() }),
        }),
        onResponse: checked,
      },
      {
        ...postRequest,
        setupRequest: (request, context) => ({
          ...request,
          body: mutation('mutation ($id: ID!, $day: DateOnly!, $worklogId: String!) { logWork(requestId: $id, minutes: 30, workDate: $day, idempotencyKey: $worklogId) { id } }', {
            id: context.requestId,
            day: new Date().toISOString().slice(0, 10),
            worklogId: randomUUID(),
          }),
        }),
        onResponse: checked,
      },
    ],
  });
  record(`autocannon: 8 connections × ${settings.duration} s, each cycling submitRequest → postMessage → logWork on its own new request (bench/bench.mjs commandThroughput)`);
  return summary(result, { graphqlErrors: graphqlErrors.count(), graphqlErrorCodes: graphqlErrors.codes, projectionLag: await lag.stop() });
}

/**
 * The async daemon's lag: every event committed during the phase, against the first moment each async
 * projection's progress had passed it. Sampled every 50 ms, so each figure is up to 50 ms pessimistic.
 */
function sampleLag(database) {
  const seen = [];
  const progress = [];
  let stopping = false;
  let lastSeq = null;
  const loop = (async () => {
    lastSeq = Number((await database.query('SELECT coalesce(max(seq_id), 0) AS seq FROM milestone.mt_events')).rows[0].seq);
    const firstSeq = lastSeq;
    let drainedAt = null;
    while (!stopping || drainedAt === null) {
      const now = Date.now();
      const events = await database.query('SELECT seq_id, extract(epoch FROM timestamp) * 1000 AS at FROM milestone.mt_events WHERE seq_id > $1 ORDER BY seq_id', [lastSeq]);
      for (const row of events.rows) {
        seen.push({ seq: Number(row.seq_id), at: Number(row.at) });
        lastSeq = Number(row.seq_id);
      }
      const projections = (await database.query("SELECT name, last_seq_id FROM milestone.mt_event_progression WHERE name LIKE '%:All'")).rows;
      progress.push({ at: now, projections: Object.fromEntries(projections.map((row) => [row.name, Number(row.last_seq_id)])) });
      if (stopping && projections.every((row) => Number(row.last_seq_id) >= lastSeq)) {
        drainedAt = now;
      }
      if (stopping && Date.now() - stoppedAt > 60_000) {
        break;
      }
      await sleep(50);
    }
    return firstSeq;
  })();
  let stoppedAt = 0;
  return {
    stop: async () => {
      stopping = true;
      stoppedAt = Date.now();
      await loop;
      const names = Object.keys(progress.at(-1)?.projections ?? {});
      const perProjection = {};
      for (const name of names) {
        const lags = [];
        let sample = 0;
        for (const event of seen) {
          while (sample < progress.length && !(progress[sample].projections[name] >= event.seq)) {
            sample++;
          }
          lags.push(sample < progress.length ? Math.max(0, progress[sample].at - event.at) : Infinity);
        }
        lags.sort((a, b) => a - b);
        perProjection[name.replace(':All', '')] = { p50Ms: percentile(lags, 0.5), p99Ms: percentile(lags, 0.99), maxMs: lags.at(-1) ?? 0 };
      }
      const worst = Object.values(perProjection).reduce((max, lagOf) => Math.max(max, lagOf.p99Ms), 0);
      return { events: seen.length, sampleIntervalMs: 50, worstP99Ms: worst, perProjection };
    },
  };
}

function percentile(sorted, share) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

/**
 * 16 writers log time on 16 requests of the client whose bank has the longest ledger: every worklog is
 * posted to that one bank stream. Counted on the bank: entries per second until the last accepted worklog
 * was posted, and worklogs missing or posted twice.
 */
async function hotStream(scene, database, bank) {
  const requests = [];
  for (let i = 0; i < 16; i++) {
    const submitted = await graphql('mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }',
      { input: { title: `Hot stream writer ${i + 1}`, urgency: 'LOW', clientId: bank.clientId } }, scene.admin);
    requests.push(submitted.data.submitRequest.request.id);
  }
  const before = Number((await database.query('SELECT version FROM milestone.mt_streams WHERE id = $1', [bank.id])).rows[0].version);
  const accepted = new Set();
  const graphqlErrors = errorTally();
  let writer = 0;
  const started = Date.now();
  const result = await load({
    connections: 16,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${scene.admin}` },
    requests: [
      {
        ...postRequest,
        setupRequest: (request, context) => {
          context.requestId ??= requests[writer++ % requests.length];
          context.worklogId = randomUUID();
          return {
            ...request,
            body: mutation('mutation ($id: ID!, $day: DateOnly!, $worklogId: String!) { logWork(requestId: $id, minutes: 15, workDate: $day, idempotencyKey: $worklogId) { id } }', {
              id: context.requestId,
              day: new Date().toISOString().slice(0, 10),
              worklogId: context.worklogId,
            }),
          };
        },
        onResponse: (status, body) => {
          const answer = status === 200 ? JSON.parse(body) : null;
          if (answer?.data?.logWork?.id) {
            accepted.add(answer.data.logWork.id);
          } else {
            graphqlErrors.add(answer);
          }
        },
      },
    ],
  });
  record(`autocannon: 16 connections × ${settings.duration} s, each logging 15 minutes at a time on its own request of the client whose bank holds ${bank.debits} debits (bench/bench.mjs hotStream)`);

  const postings = async () => (await database.query(`
      SELECT data->>'worklogId' AS worklog, timestamp AS at
        FROM milestone.mt_events WHERE stream_id = $1 AND type = 'worklog_debited' AND version > $2`, [bank.id, before])).rows;
  const postedOf = (rows) => new Set(rows.map((row) => row.worklog));
  const missing = (rows) => [...accepted].filter((id) => !postedOf(rows).has(id)).length;
  // Postings wait their turn in the durable inbox: wait for all of them, giving up only when none has
  // landed for a minute, so 'lost' counts what will never be posted, not what is still queued. Worklogs
  // whose answer came after the load stopped are posted too, though not counted as accepted.
  let posted = await postings();
  let lastProgress = Date.now();
  while (missing(posted) > 0 && Date.now() - lastProgress < 60_000) {
    await sleep(250);
    const now = await postings();
    if (now.length > posted.length) {
      lastProgress = Date.now();
    }
    posted = now;
  }
  const last = Math.max(...posted.map((row) => new Date(row.at).getTime()));
  const postedSeconds = (last - started) / 1000;
  const entries = posted.length;
  const worklogs = postedOf(posted).size;
  return summary(result, {
    priorDebits: bank.debits,
    bankLedgerBefore: before,
    acceptedWorklogs: accepted.size,
    postedEntries: entries,
    postedSeconds,
    entriesPerSecond: entries / postedSeconds,
    lost: missing(posted),
    doubled: entries - worklogs,
    graphqlErrors: graphqlErrors.count(),
    graphqlErrorCodes: graphqlErrors.codes,
  });
}

/** The Unified Queue's first page: 50 requests with their SLA, as an agent reads it, at 32 connections. */
async function unifiedQueue(scene, { warmUpOnly = false } = {}) {
  const query = `query Queue { requests(first: 50) { edges { cursor node { id title status urgency assigneeId lastChangedAt
      sla { standing response { state dueAt } resolution { state dueAt } } } } pageInfo { hasNextPage endCursor } } }`;
  const check = await graphql(query, undefined, scene.agent);
  if (check.errors || check.data.requests.edges.length !== 50) {
    throw new Error(`The queue query did not return 50 rows: ${JSON.stringify(check.errors ?? check.data.requests.edges.length)}`);
  }
  const options = {
    url: `${baseUrl}/graphql`,
    connections: 32,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${scene.agent}` },
    body: JSON.stringify({ query }),
  };
  if (warmUpOnly) {
    await load({ ...options, duration: 5 });
    return;
  }
  const result = await load(options);
  record(`autocannon: 32 connections × ${settings.duration} s, POST /graphql with requests(first: 50) and each row's sla (bench/bench.mjs unifiedQueue)`);
  return summary(result);
}

/** What PostgreSQL spent its time on during the phases, when pg_stat_statements is loaded. */
async function topStatements(database) {
  try {
    const rows = (await database.query(`
        SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query, calls, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms
          FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 10`)).rows;
    return rows;
  } catch {
    return [];
  }
}

function inProcessBenchmarks() {
  const artifacts = join(out, 'bdn');
  rmSync(artifacts, { recursive: true, force: true });
  const args = [benchmarksDll, '--filter', '*', '--job', settings.benchmarkJob, '--exporters', 'json', '--artifacts', artifacts];
  record(`dotnet tests/Milestone.Benchmarks/bin/Release/net10.0/Milestone.Benchmarks.dll --filter '*' --job ${settings.benchmarkJob} --exporters json`);
  execFileSync('dotnet', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const resultsDirectory = join(artifacts, 'results');
  return readdirSync(resultsDirectory)
    .filter((file) => file.endsWith('-report-full-compressed.json'))
    .flatMap((file) => JSON.parse(readFileSync(join(resultsDirectory, file), 'utf8')).Benchmarks)
    .map((benchmark) => ({
      type: benchmark.Type,
      benchmark: benchmark.Method === benchmark.MethodTitle ? benchmark.Method : benchmark.MethodTitle ?? benchmark.Method,
      parameters: benchmark.Parameters,
      meanNs: benchmark.Statistics?.Mean,
      allocatedBytes: benchmark.Memory?.BytesAllocatedPerOperation,
    }));
}

/** What issue #22 measured before this round (bench/run of 2026-12-05, 300,000 events), beside each goal it set. */
const before = {
  commandCpu: '~25 ms (12 + 13)',
  commandRate: '73/s = 0.009 × pgbench, p99 307 ms',
  hotStream: '11 postings/s',
  postingGrowth: 'grows linearly (decision 25 µs at 100, 2.1 ms at 10,000 debits)',
  queue: '444 req/s, p99 198 ms; growth not measured',
  seed: '27 k events/s',
  rebuild: '27.8 k events/s',
  lag: 'worst p99 1,638 ms',
  coldStart: '2.99 s',
};

const cpuOf = (phase) => phase.cpuMsPerRequest.host + phase.cpuMsPerRequest.postgres;

function judge(all) {
  const goal = (name, target, was, measured, met) => (all.goals[name] = { target, before: was, measured, met });
  const requestDetails = all.seed.rebuilds?.find((rebuild) => rebuild.name === 'RequestDetails');
  const commandCpu = cpuOf(all.commands);
  const floorCpu = cpuOf(all.floor);
  goal('Command cycle CPU (host + PostgreSQL) per command', '≤ 5 ms, and ≤ 4 × the bare-append floor', before.commandCpu,
    `${commandCpu.toFixed(1)} ms (${all.commands.cpuMsPerRequest.host.toFixed(1)} + ${all.commands.cpuMsPerRequest.postgres.toFixed(1)}) = ${(commandCpu / floorCpu).toFixed(1)} × the floor's ${floorCpu.toFixed(1)} ms`,
    commandCpu <= 5 && commandCpu <= 4 * floorCpu);
  const commandRatio = all.commands.requestsPerSecond / all.pgbench.tps;
  goal('Commands/s, 8 connections', '≥ 0.1 × pgbench, p99 < 50 ms', before.commandRate,
    `${all.commands.requestsPerSecond.toFixed(0)}/s = ${commandRatio.toFixed(3)} × ${all.pgbench.tps.toFixed(0)} TPS, p99 ${all.commands.latencyMs.p99} ms`,
    commandRatio >= 0.1 && all.commands.latencyMs.p99 < 50 && all.commands.graphqlErrors === 0);
  const longest = all.hotStreams.at(-1);
  const shortest = all.hotStreams[0];
  goal(`One hour bank, 16 writers (${n(longest.priorDebits)} prior debits)`, '≥ 800 postings/s, 0 lost or doubled', before.hotStream,
    `${longest.entriesPerSecond.toFixed(0)} postings/s, ${longest.lost} lost, ${longest.doubled} doubled`,
    all.hotStreams.every((phase) => phase.entriesPerSecond >= 800 && phase.lost === 0 && phase.doubled === 0));
  const postingGrowth = cpuOf(longest) / cpuOf(shortest);
  goal(`Posting CPU at ${n(longest.priorDebits)} vs ${n(shortest.priorDebits)} prior debits`, 'ratio ≤ 1.2', before.postingGrowth,
    `${cpuOf(longest).toFixed(1)} ms vs ${cpuOf(shortest).toFixed(1)} ms = ${postingGrowth.toFixed(2)}`, postingGrowth <= 1.2);
  const queueGrowth = all.grown ? cpuOf(all.grown.queue) / cpuOf(all.queue) : NaN;
  goal('Queue page, 50 rows with sla, 32 connections', `≥ 3,000 req/s, p99 < 30 ms; CPU/page at ${all.grown ? n(all.grown.events) : '10 ×'} vs ${n(all.queueEvents)} events ≤ 1.2 ×`, before.queue,
    `${all.queue.requestsPerSecond.toFixed(0)} req/s, p99 ${all.queue.latencyMs.p99} ms; CPU/page ${cpuOf(all.queue).toFixed(2)} ms` +
      (all.grown ? `, ${cpuOf(all.grown.queue).toFixed(2)} ms at ${n(all.grown.events)} events = ${queueGrowth.toFixed(2)} ×` : ', growth not run'),
    all.queue.requestsPerSecond >= 3000 && all.queue.latencyMs.p99 < 30 && queueGrowth <= 1.2);
  goal('Bulk seed', '≥ 100,000 events/s', before.seed, `${n(all.seed.events)} events in ${all.seed.loadSeconds.toFixed(1)} s = ${n(all.seed.eventsPerSecond)} events/s`, all.seed.eventsPerSecond >= 100_000);
  if (requestDetails) {
    const perSecond = all.seed.requestStreamEvents / requestDetails.seconds;
    goal('Projection rebuild (RequestDetails)', '≥ 60,000 events/s', before.rebuild,
      `${n(all.seed.requestStreamEvents)} request events in ${requestDetails.seconds.toFixed(1)} s = ${n(perSecond)} events/s`, perSecond >= 60_000);
  }
  goal('Async lag under the command phase', 'p99 < 500 ms for every projection', before.lag, `worst p99 ${n(all.commands.projectionLag.worstP99Ms)} ms`, all.commands.projectionLag.worstP99Ms < 500);
  goal('Cold start to first query', '< 1.5 s', before.coldStart, `median ${(all.coldStart.medianMs / 1000).toFixed(2)} s of ${all.coldStart.runsMs.length}`, all.coldStart.medianMs < 1500);
  all.commandsRun = commandsRun;
}

function n(value) {
  return Number(value).toLocaleString('en', { maximumFractionDigits: 0 });
}

/** Counts the calls a phase saw refused, by their first error's `extensions.code`, so a report says what went wrong. */
function errorTally() {
  const codes = {};
  return {
    codes,
    add: (answer) => {
      const code = answer?.errors?.[0]?.extensions?.code ?? (answer ? 'NO_CODE' : 'NOT_200');
      codes[code] = (codes[code] ?? 0) + 1;
    },
    count: () => Object.values(codes).reduce((sum, times) => sum + times, 0),
  };
}

/** CPU time (ms) used so far by the host process and by every PostgreSQL process of its cluster. */
function cpuNow(host) {
  const stat = (pid) => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8').split(')')[1].trim().split(' ');
    } catch {
      return null;
    }
  };
  const ticks = (pid) => {
    const fields = stat(pid);
    return fields ? Number(fields[11]) + Number(fields[12]) : 0;
  };
  // A backend that has ended took its CPU time with it, but the postmaster reaped it: that time is in the postmaster's cutime and cstime.
  const reaped = (pid) => {
    const fields = stat(pid);
    return fields ? Number(fields[13]) + Number(fields[14]) : 0;
  };
  const postmaster = Number(readFileSync(join(dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const backends = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid)).filter((pid) => stat(pid)?.[1] === String(postmaster));
  const tickMs = 10;
  return {
    host: ticks(host.pid) * tickMs,
    postgres: (ticks(postmaster) + reaped(postmaster) + backends.reduce((sum, pid) => sum + ticks(pid), 0)) * tickMs,
  };
}

/** Runs a phase and answers its result with the CPU it cost the host and PostgreSQL per request: a figure noise on a shared machine hardly moves. */
async function costed(host, phase, count) {
  const before = cpuNow(host);
  const result = await phase();
  const after = cpuNow(host);
  const done = count(result);
  result.cpuMsPerRequest = { host: (after.host - before.host) / done, postgres: (after.postgres - before.postgres) / done };
  return result;
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

const results = { settings, startedAt: new Date().toISOString(), machine: machine(), goals: {} };

// BENCH_REUSE_SEED=1 measures again on the database the last run seeded (its history has grown by the load since).
const reuseSeed = process.env.BENCH_REUSE_SEED === '1' && existsSync(join(out, 'seed.json'));
mkdirSync(out, { recursive: true });
if (!reuseSeed) {
  rmSync(dataDirectory, { recursive: true, force: true });
  for (const leftover of ['.log', '.lock', '.password']) {
    rmSync(dataDirectory + leftover, { force: true });
  }
}

results.seed = reuseSeed
  ? JSON.parse(readFileSync(join(out, 'seed.json'), 'utf8'))
  : await seed(settings.events, join(out, 'seed.json'), ['--ledgers', settings.ledgers.join(',')]);
results.coldStart = await coldStarts();
let host = results.coldStart.host;
delete results.coldStart.host;
const connect = () => {
  const pool = new pg.Pool({ host: '127.0.0.1', port: host.postgresPort, user: 'milestone', password: postgresEnvironment().PGPASSWORD, database: 'milestone', max: 4 });
  // An idle connection ended by the host's shutdown is no failure of the run.
  pool.on('error', () => {});
  return pool;
};
const storedEvents = async (database) => Number((await database.query('SELECT count(*) AS events FROM milestone.mt_events')).rows[0].events);
try {
  let database = connect();
  const scene = await setTheScene(database);
  results.pgbench = await costed(host, async () => pgbench(host.postgresPort), (result) => result.transactions);
  if (runs('floor')) {
    results.floor = await costed(host, () => bareAppendFloor(database), (result) => result.requests);
  }
  if (runs('commands')) {
    results.commands = await costed(host, () => commandThroughput(scene, database), (result) => result.requests);
  }
  results.hotStreams = [];
  for (const ledger of runs('hot') ? scene.ledgers : []) {
    results.hotStreams.push(await costed(host, () => hotStream(scene, database, ledger), (result) => result.requests));
  }
  results.queueEvents = await storedEvents(database);
  if (runs('queue')) {
    // Each queue phase is warmed first, outside what it measures, so a host just started is not measured compiling the query's path.
    await unifiedQueue(scene, { warmUpOnly: true });
    results.queue = await costed(host, () => unifiedQueue(scene), (result) => result.requests);
  }
  results.statements = await topStatements(database);
  await database.end();

  // Growth: the same queue page once the store holds ten times the history.
  if (runs('grow') && settings.grownEvents > results.queueEvents) {
    await host.stop();
    const seeded = await seed(settings.grownEvents - results.queueEvents, join(out, 'grown.json'));
    host = await startHost();
    database = connect();
    const grownScene = { agent: await signIn('sam@demo.milestone.test') };
    results.grown = { seed: seeded, events: await storedEvents(database), coldStartMs: host.milliseconds };
    await unifiedQueue(grownScene, { warmUpOnly: true });
    results.grown.queue = await costed(host, () => unifiedQueue(grownScene), (result) => result.requests);
    await database.end();
  }
} catch (failure) {
  console.error(failure);
  process.exitCode = 1;
} finally {
  await host.stop();
}
if (process.exitCode) {
  process.exit();
}
if (settings.phases.size < 6) {
  // A partial run is a comparison, not the published figures: it prints what it measured and writes nothing else.
  const cpu = (phase) => phase && `${phase.requestsPerSecond.toFixed(0)} req/s, p99 ${phase.latencyMs.p99} ms, CPU ${phase.cpuMsPerRequest.host.toFixed(2)} + ${phase.cpuMsPerRequest.postgres.toFixed(2)} ms`;
  console.log(JSON.stringify({ floor: cpu(results.floor), commands: cpu(results.commands), hot: results.hotStreams.map(cpu), queue: cpu(results.queue), grown: cpu(results.grown?.queue) }, null, 2));
  process.exit();
}
results.benchmarks = inProcessBenchmarks();
results.finishedAt = new Date().toISOString();
judge(results);
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
writeFileSync(join(root, 'docs', 'performance.json'), JSON.stringify(results, null, 2));
writeReport(results, commandsRun, join(root, 'docs', 'performance.md'), join(root, 'bench', 'analysis.md'));
console.log('Wrote docs/performance.md and docs/performance.json (also bench/out/results.json)');
