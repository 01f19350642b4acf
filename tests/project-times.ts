// A Vitest reporter for `npm test`, whose quick checks run as several projects in one Vitest process
// (vitest.config.ts): after the run it prints each project's files, tests and time, so every kind of
// check still has its own named time (issue 21). Projects run side by side, so a project's time is
// the sum over its files (environment, import, setup and tests), not a span of the wall clock.
import type { Reporter, TestModule } from 'vitest/node'

export default class ProjectTimes implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const projects = new Map<string, { files: number, tests: number, milliseconds: number }>()
    for (const module of testModules) {
      const { environmentSetupDuration, prepareDuration, collectDuration, setupDuration, duration } = module.diagnostic()
      const project = projects.get(module.project.name) ?? { files: 0, tests: 0, milliseconds: 0 }
      project.files += 1
      project.tests += [...module.children.allTests()].length
      project.milliseconds += environmentSetupDuration + prepareDuration + collectDuration + setupDuration + duration
      projects.set(module.project.name, project)
    }
    if (projects.size < 2)
      return
    const width = Math.max(...[...projects.keys()].map(name => name.length), 'project'.length)
    console.log(`\n${'project'.padEnd(width)}  files  tests  seconds (summed over files)`)
    for (const [name, { files, tests, milliseconds }] of projects)
      console.log(`${name.padEnd(width)}  ${String(files).padStart(5)}  ${String(tests).padStart(5)}  ${(milliseconds / 1000).toFixed(1).padStart(7)}`)
  }
}
