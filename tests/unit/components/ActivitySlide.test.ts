import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import ActivitySlide from '../../../components/ActivitySlide.vue'
import { activities } from '../../../data/activities.ts'
import { global } from './stubs.ts'

describe('ActivitySlide', () => {
  it.each(activities.map(activity => activity.id))('shows the task, the timed steps and the facts of %s', (id) => {
    const activity = activities.find(candidate => candidate.id === id)!
    const wrapper = mount(ActivitySlide, { props: { id }, global })
    expect(wrapper.get('section').attributes('aria-label')).toBe(`Activity, ${activity.minutes} minutes`)
    expect(wrapper.get('.activity__task').text()).toBe(activity.slideTask)
    expect(wrapper.findAll('li').map(item => item.text())).toEqual(activity.slideSteps)
    for (const fact of activity.cites)
      expect(wrapper.get('.activity__meta').text()).toContain(`[${fact}]`)
  })

  it('names the known activities when the id is unknown', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(ActivitySlide, { props: { id: 'no-such-activity' }, global })).toThrow(/No activity "no-such-activity".*"singapore-verbs"/)
  })
})
