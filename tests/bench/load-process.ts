// The CPU time of the process listening on a local TCP port (Linux /proc), so the load bench can
// print the server's CPU per request: a figure a busy, shared machine distorts far less than
// requests per second. Returns null where /proc is not there to read.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** The pid of the process with a listening socket on 127.0.0.1:port (or any address), or null. */
export function pidListeningOn(port: number): number | null {
  let inodes: Set<string>;
  try {
    const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
    inodes = new Set(
      ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) => {
        let text = "";
        try {
          text = readFileSync(file, "utf8");
        } catch {
          return [];
        }
        return text
          .split("\n")
          .slice(1)
          .map((line) => line.trim().split(/\s+/))
          .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A") // 0A: LISTEN
          .map((fields) => fields[9] ?? "");
      }),
    );
  } catch {
    return null;
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return Number(entry);
      } catch {
        // the descriptor closed meanwhile
      }
    }
  }
  return null;
}

/** User + system CPU milliseconds the process has used so far, or null. */
export function cpuMillisecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) in parentheses; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    // USER_HZ is 100 on Linux builds in practice.
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}
