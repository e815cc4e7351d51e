/** Something that can show how far a long job has got. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const WIDTH = 30;

/**
 * A one-line progress bar on stderr (`[#####.....]  45%  4500/10000 files`), redrawn at most every 50 ms. Only on
 * a terminal: when stderr is a file or a pipe nothing is drawn, so logs stay clean.
 */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }, label: string, enabled = Boolean(stream.isTTY)): Progress {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  let last = 0;
  let drawn = false;
  const draw = (done: number, total: number) => {
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * WIDTH);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${done}/${total}`);
    drawn = true;
  };
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < 50) return;
      last = now;
      draw(done, total);
    },
    stop() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
