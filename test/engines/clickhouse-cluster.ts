/**
 * Test helper: two Debian `clickhouse-server` processes on 127.0.0.1, each with its own ports and
 * temp-dir paths, joined as cluster `klantbeeld` (two shards) in `remote_servers`, so a
 * `Distributed` table over their local tables really runs queries on both. `stop()` kills what
 * `start` spawned and removes its folder (also after a failed start).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where the server binary lives on Debian (the package installs it in /usr/bin or /usr/sbin). */
export function clickhouseBinary(): string | null {
  for (const path of [process.env.CLICKHOUSE_SERVER, "/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server", "/usr/bin/clickhouse"]) {
    if (path && existsSync(path)) return path;
  }
  return null;
}

/** A running two-shard cluster. */
export interface Cluster {
  /** HTTP URLs of shard 1 and 2 (queries through either see the Distributed table). */
  urls: [string, string];
  /** The user the tests connect as, with its password (test-only, loopback-only). */
  user: string;
  password: string;
  /** Process ids of the two servers (for the benchmark's memory figures). */
  pids(): number[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function serverConfig(dir: string, ports: { http: number; tcp: number; inter: number }, shards: number[]): string {
  const shard = (tcp: number) => `<shard><replica><host>127.0.0.1</host><port>${tcp}</port><user>default</user></replica></shard>`;
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/server.err.log</errorlog><console>0</console></logger>
  <http_port>${ports.http}</http_port>
  <tcp_port>${ports.tcp}</tcp_port>
  <interserver_http_port>${ports.inter}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <listen_host>127.0.0.1</listen_host>
  <max_connections>64</max_connections>
  <mark_cache_size>67108864</mark_cache_size>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <remote_servers><klantbeeld>${shards.map(shard).join("")}</klantbeeld></remote_servers>
</yandex>
`;
}

function usersConfig(user: string, password: string): string {
  return `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>6000000000</max_memory_usage><max_bytes_before_external_group_by>1000000000</max_bytes_before_external_group_by></default></profiles>
  <users>
    <default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default>
    <${user}><password>${password}</password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></${user}>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;
}

async function waitReady(url: string, child: ChildProcess, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`clickhouse-server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/ping`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`clickhouse-server on ${url} did not answer within ${deadlineMs} ms`);
}

/**
 * Starts two servers as a two-shard cluster on free loopback ports; throws (after cleaning up)
 * when that fails three times. Other test runs may start clusters at the same time: a port taken
 * between choosing it and binding it makes a server exit, and the next attempt picks new ports.
 */
export async function startCluster(binary: string, attempts = 3): Promise<Cluster> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(binary);
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

async function startOnce(binary: string): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), "klantbeeld-ch-"));
  const user = "klantbeeld_test";
  const password = "loopback-only-test-password";
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const ports = [];
    for (let i = 0; i < 2; i++) ports.push({ http: await freePort(), tcp: await freePort(), inter: await freePort() });
    const tcpPorts = ports.map((p) => p.tcp);
    for (const [i, p] of ports.entries()) {
      const dir = join(root, `shard${i + 1}`);
      rmSync(dir, { recursive: true, force: true });
      await import("node:fs/promises").then((fs) => fs.mkdir(dir, { recursive: true }));
      writeFileSync(join(dir, "config.xml"), serverConfig(dir, p, tcpPorts));
      writeFileSync(join(dir, "users.xml"), usersConfig(user, password));
      const child = spawn(binary, [`--config-file=${join(dir, "config.xml")}`], { cwd: dir, stdio: "ignore" });
      children.push(child);
    }
    const urls = ports.map((p) => `http://127.0.0.1:${p.http}`) as [string, string];
    for (const [i, url] of urls.entries()) await waitReady(url, children[i]!, 60_000);
    return { urls, user, password, stop, pids: () => children.map((c) => c.pid ?? 0) };
  } catch (error) {
    await stop();
    throw error;
  }
}
