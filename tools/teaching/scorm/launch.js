// The SCORM 1.2 launch page's script (tools/teaching/scorm.ts packages it). It finds the LMS's API
// the standard way (window.API on this window, its parents, then its opener's), opens the student
// deck in the frame at the slide stored in cmi.core.lesson_location, follows the deck's slide
// number (its URL ends in #/N), stores it, and reports "completed" once the last slide has been
// shown. With no LMS it only shows the deck: the deck itself knows nothing of SCORM.
(function () {
  'use strict'
  var frame = document.getElementById('deck')
  var lastSlide = Number(frame.getAttribute('data-last-slide'))

  function apiIn(start) {
    var win = start
    for (var depth = 0; win && depth < 10; depth++) {
      if (win.API)
        return win.API
      if (!win.parent || win.parent === win)
        break
      win = win.parent
    }
    return null
  }
  var api = null
  try {
    api = apiIn(window) || (window.opener ? apiIn(window.opener) : null)
  }
  catch {
    api = null // a parent on another origin: no LMS we may talk to
  }
  var connected = Boolean(api) && String(api.LMSInitialize('')) === 'true'
  function get(key) {
    return connected ? String(api.LMSGetValue(key)) : ''
  }
  function set(key, value) {
    if (connected)
      api.LMSSetValue(key, value)
  }

  var status = get('cmi.core.lesson_status')
  var completed = status === 'completed' || status === 'passed'
  if (connected && !completed)
    set('cmi.core.lesson_status', 'incomplete')
  var stored = Number(get('cmi.core.lesson_location'))
  var resumeAt = stored >= 1 && stored <= lastSlide && Math.floor(stored) === stored ? stored : 1
  frame.src = `${frame.getAttribute('data-deck')}#/${resumeAt}`

  var shown = null
  function follow() {
    var match
    try {
      match = /^#\/(\d+)/.exec(frame.contentWindow.location.hash)
    }
    catch {
      return
    }
    if (!match || Number(match[1]) === shown)
      return
    shown = Number(match[1])
    set('cmi.core.lesson_location', String(shown))
    if (shown >= lastSlide && !completed) {
      completed = true
      set('cmi.core.lesson_status', 'completed')
    }
    if (connected)
      api.LMSCommit('')
  }
  // The deck's router changes the URL with history.pushState, which fires no event here: look twice a second.
  setInterval(follow, 500)
  frame.addEventListener('load', follow)

  var finished = false
  function finish() {
    if (!connected || finished)
      return
    finished = true
    follow()
    set('cmi.core.exit', 'suspend') // keep the location for the next launch
    api.LMSCommit('')
    api.LMSFinish('')
  }
  window.addEventListener('pagehide', finish)
  window.addEventListener('beforeunload', finish)
})()
