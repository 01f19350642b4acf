// North Korean ballistic-missile launches per year, 2016–2025 (fact NUM-01, CNS count).
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { LaunchYear } from './schema.ts'

export const LAUNCH_FACT_ID = 'NUM-01'

export const LAUNCH_COUNT_RULE = 'Each ballistic missile counts once; satellite launches, cruise missiles and rocket artillery are excluded; years are by Korean local date.'

export const LAUNCH_SOURCE = 'CNS North Korea Missile Test Database (NTI), counts via the nagix/nk-missile-tests replica, April 2026'

export const launches: LaunchYear[] = [
  { year: 2016, missiles: 23, launchDays: 14, preliminary: false },
  { year: 2017, missiles: 21, launchDays: 15, preliminary: false },
  { year: 2018, missiles: 0, launchDays: 0, preliminary: false },
  { year: 2019, missiles: 27, launchDays: 15, preliminary: false },
  { year: 2020, missiles: 9, launchDays: 4, preliminary: false },
  { year: 2021, missiles: 6, launchDays: 4, preliminary: false },
  { year: 2022, missiles: 69, launchDays: 33, preliminary: false },
  { year: 2023, missiles: 30, launchDays: 17, preliminary: false },
  { year: 2024, missiles: 41, launchDays: 12, preliminary: false },
  { year: 2025, missiles: 11, launchDays: 6, preliminary: true },
]
