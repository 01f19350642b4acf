// A command's steps, each printed with its number and how long it took: "[2/5] rendering 94 slides … 12.3 s".

export interface Steps {
  /** Runs one step, printing its label first and its time after. */
  timed: <T>(label: string, work: () => Promise<T>) => Promise<T>
  /** Seconds since the steps started, e.g. "83.4". */
  elapsed: () => string
}

export function steps(total: number, write: (text: string) => void = text => process.stdout.write(text)): Steps {
  const started = Date.now()
  let step = 0
  const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1)
  return {
    async timed(label, work) {
      step += 1
      const stepStarted = Date.now()
      write(`[${step}/${total}] ${label} … `)
      const result = await work()
      write(`${seconds(stepStarted)} s\n`)
      return result
    },
    elapsed: () => seconds(started),
  }
}
