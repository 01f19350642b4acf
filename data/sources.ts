// The bibliography, keyed by fact id (../shared/facts.md), in fact-pack order.
//
// Each entry: the fact's date as precise as the pack gives it (ISO, local: a day, a month or a year,
// never a day the pack does not state; `until` ends a period), a one-line summary in our own words,
// the outlets + URLs the pack gives for that fact, and the pack's tags on it. `tags` cover the whole
// fact: 'weakly sourced' is never cited alone, 'single report' is marked wherever the fact is cited,
// 'translation varies' matches the quotations so flagged. `partTags` cover one detail, named in `part`
// and recognised by `mentions`: a text that uses a single-report detail says "(single report)" beside
// it, and a weakly sourced detail is used only beside a second citation (tools/rules/part-tags.ts).
// Addresses follow the pack's section 12 (original publisher or official archive; a mirror says so);
// every host is in data/source-hosts.ts with its kind. Commentary (DEB) is dated by its publication
// (`published`) where the pack states one, else `about` says what the date is. "(above)" references are
// resolved to the URL given earlier; references to the CNS database resolve to NUM-01's NTI page.
// Sources the pack tags [weakly sourced] (or lists as still weak) are NOT here. Left out entirely:
//   T2-17 (only weak sources), and the PRA entries that only point to another fact
//   (PRA-03 → ESC-14, PRA-08 → BTW-04, PRA-11 → HAN-10, PRA-13 → AFT-07, PRA-14 → T2-01,
//    PRA-15 → T2-02, PRA-16 → T2-05, PRA-17 → T2-11).
// Paging for the Sources chapter is derived from the list: never hard-code page numbers.
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { BibliographyEntry } from './schema.ts'

export const bibliography: BibliographyEntry[] = [

  // 1. Escalation, 2017 to early 2018
  { id: 'ESC-01', date: '2017-07-04', summary: 'North Korea flew its first ICBM, a Hwasong-14, about 930 km in some 39 minutes.', sources: [
    { outlet: 'CSIS Missile Threat', url: 'https://missilethreat.csis.org/north-korea-tests-icbm/' },
    { outlet: 'Japan Times', url: 'https://japantimes.co.jp/news/2017/07/04/national/politics-diplomacy/north-korean-claim-of-successful-icbm-test-likely-to-raise-alarm-in-tokyo-and-anchorage' },
  ] },
  // ESC-02: the CNS database reference (NUM-01) resolves to its NTI page
  { id: 'ESC-02', date: '2017-07-28', summary: 'A second Hwasong-14 flew about 998 km in some 47 minutes on a lofted path.', sources: [
    { outlet: 'Janes', url: 'https://www.janes.com/article/72745/north-korea-conducts-successful-missile-launch' },
    { outlet: 'CNS North Korea Missile Test Database (NTI)', url: 'https://www.nti.org/analysis/articles/understanding-north-koreas-missile-tests/' },
  ] },
  { id: 'ESC-03', date: '2017-08-05', summary: 'UN Resolution 2371 banned coal, iron, lead and seafood exports, a cut the US put above $1 billion a year.', sources: [
    { outlet: 'US Embassy fact sheet', url: 'https://eg.usembassy.gov/fact-sheet-strengthening-sanctions-north-korea/' },
  ] },
  { id: 'ESC-04', date: '2017-08-08', summary: 'At Bedminster Trump threatened North Korea with fire and fury; it then said it was weighing strikes near Guam.', sources: [
    { outlet: 'Newsday', url: 'https://www.newsday.com/news/nation/trump-warns-north-korea-of-fire-and-fury-like-the-world-has-never-seen-1.13955071' },
    { outlet: 'CBS Denver', url: 'http://denver.cbslocal.com/2017/08/08/donald-trump-north-korea-fire-fury/' },
    { outlet: 'Yahoo/Metro (Guam threat)', url: 'https://uk.news.yahoo.com/donald-trump-issues-fire-fury-threat-north-korea-golf-course-080730384.html' },
  ] },
  { id: 'ESC-05', date: '2017-08-08', summary: 'A reported US intelligence assessment said North Korea had warheads small enough for its missiles.', sources: [
    { outlet: 'Straits Times (WaPo syndication)', url: 'https://www.straitstimes.com/world/united-states/north-korea-has-miniaturised-nuclear-warhead-for-missiles-us-intelligence' },
    { outlet: 'The Hill', url: 'https://thehill.com/homenews/news/345745-north-korea-has-new-miniature-nuclear-weapons-us-officials-say/' },
  ] },
  { id: 'ESC-06', date: '2017-08-11', summary: 'Trump tweeted that US military options were ready if North Korea acted unwisely.', sources: [
    { outlet: 'RFE/RL', url: 'https://www.rferl.org/a/trump-north-korea-locked-loaded/28671582.html' },
    { outlet: 'Boston Globe (NYT)', url: 'https://www.bostonglobe.com/news/world/2017/08/11/trump-says-military-locked-and-loaded-and-north-korea-will-regret-threats/CVe3iQIrGGZC393eVVAxIJ/story.html' },
  ] },
  { id: 'ESC-07', date: '2017-08-29', summary: 'Two Hwasong-12 missiles overflew Japan; the second travelled about 3,700 km.', sources: [
    { outlet: 'Japan MOD press release', url: 'https://www.mod.go.jp/e/press/release/2017/09/15a.html' },
    { outlet: 'CNS North Korea Missile Test Database (NTI)', url: 'https://www.nti.org/analysis/articles/understanding-north-koreas-missile-tests/' },
  ] },
  { id: 'ESC-07b', date: '2017-08-29', summary: 'From the Sunan area over Hokkaido’s Oshima Peninsula; fell about 1,180 km east of Cape Erimo after about 2,700 km.', sources: [
    { outlet: 'Japan MOD press release', url: 'https://www.mod.go.jp/e/press/release/2017/09/15a.html' },
    { outlet: 'Nippon.com (Jiji Press)', url: 'https://www.nippon.com/en/behind/l10465/' },
    { outlet: 'RTP', url: 'https://www.rtp.pt/noticias/mundo/missil-norte-coreano-partiu-se-em-tres-na-queda_v1023866' },
    { outlet: 'Scripps News', url: 'https://www.scrippsnews.com/world/asia/north-korea-test-missile-flies-over-japan' },
  ] },
  { id: 'ESC-07c', date: '2017-09-15', summary: 'From near Sunan over Hokkaido; fell about 2,200 km east of Cape Erimo after about 3,700 km.', sources: [
    { outlet: 'Japan MOD press release', url: 'https://www.mod.go.jp/e/press/release/2017/09/15a.html' },
    { outlet: 'Nippon.com (Jiji Press)', url: 'https://www.nippon.com/en/behind/l10496/' },
    { outlet: 'CSIS Missile Threat', url: 'https://missilethreat.csis.org/north-korea-fires-second-missile-japan/' },
  ] },
  { id: 'ESC-08', date: '2017-09-03', summary: 'Sixth and largest nuclear test, claimed as thermonuclear; magnitude 6.3, yield 50 to over 100 kt.', sources: [
    { outlet: 'CSIS Missile Threat', url: 'https://missilethreat.csis.org/north-korea-conducts-6th-nuclear-test/' },
    { outlet: 'Stratfor', url: 'https://worldview.stratfor.com/article/north-koreas-sixth-nuclear-test-its-biggest' },
  ] },
  { id: 'ESC-09', date: '2017-09-11', summary: 'UN Resolution 2375 banned textile exports and capped refined-oil imports, softer than the US sought.', sources: [
    { outlet: 'UN Security Council, 1718 Committee: resolutions', url: 'https://main.un.org/securitycouncil/en/sanctions/1718/resolutions' },
    { outlet: 'Thompson Hine', url: 'https://www.thompsonhinesmartrade.com/2017/09/united-nations-adds-sanctions-north-korea/' },
  ] },
  { id: 'ESC-10', date: '2017-09-17', summary: 'Trump first called Kim Rocket Man, in a tweet about a call with President Moon.', sources: [
    { outlet: 'Washington Post', url: 'https://www.washingtonpost.com/news/post-politics/wp/2017/09/17/in-a-tweet-trump-sticks-north-koreas-kim-jong-un-with-a-nickname-rocket-man/' },
    { outlet: 'Toronto Star', url: 'https://www.thestar.com/news/world/2017/09/19/trump-macron-to-take-spotlight-at-un-general-assembly.html' },
  ] },
  { id: 'ESC-11', date: '2017-09-19', summary: 'In his first UN speech Trump threatened to destroy North Korea totally if forced to.', sources: [
    { outlet: 'Talking Points Memo (AP photo)', url: 'http://talkingpointsmemo.com/livewire/trump-north-korea-rocket-man-un-speech' },
    { outlet: 'Toronto Star', url: 'https://www.thestar.com/news/world/2017/09/19/trump-macron-to-take-spotlight-at-un-general-assembly.html' },
  ] },
  { id: 'ESC-12', date: '2017-09-22', summary: 'Kim insulted Trump in a rare statement in his own name; Ri hinted at a Pacific H-bomb test.', sources: [
    { outlet: 'LA Times', url: 'https://www.latimes.com/world/la-fg-north-korea-kim-jong-un-trump-20170921-story.html' },
    { outlet: 'BuzzFeed News', url: 'https://www.buzzfeednews.com/article/claudiakoerner/kim-jong-un-just-called-trump-a-mentally-deranged-dotard' },
    { outlet: 'CNSNews', url: 'https://www.cnsnews.com/news/article/patrick-goodenough/kim-jong-un-calls-trump-mentally-deranged-warns-us-will-pay-dearly' },
  ] },
  { id: 'ESC-13', date: '2017-09-22', summary: 'At an Alabama rally Trump escalated the nickname to Little Rocket Man.', sources: [
    { outlet: 'US Government Publishing Office, official transcript', url: 'https://www.govinfo.gov/content/pkg/DCPD-201700679/html/DCPD-201700679.htm' },
  ] },
  { id: 'ESC-14', date: '2017-11-12', summary: 'From Hanoi Trump tweeted about Kim\'s insult, adding that he tried so hard to be his friend.', sources: [
    { outlet: 'Straits Times', url: 'https://www.straitstimes.com/asia/se-asia/trump-he-calls-me-old-but-i-would-never-call-kim-jong-un-short-and-fat' },
    { outlet: 'KSN (AP)', url: 'http://ksn.com/2017/11/12/trump-taunts-kim-i-would-never-call-him-short-and-fat/' },
  ] },
  { id: 'ESC-15', date: '2017-11-20', summary: 'The US relisted North Korea as a state sponsor of terrorism, citing Otto Warmbier.', sources: [
    { outlet: 'RFE/RL (AP)', url: 'https://www.rferl.org/a/us-trump-north-korea-new-sanctions/28865070.html' },
    { outlet: 'East Bay Times (Washington Post)', url: 'https://www.eastbaytimes.com/2018/12/24/n-korea-ordered-to-pay-500m-for-warmbiers-death/' },
  ] },
  { id: 'ESC-16', date: '2017-11-29', summary: 'The Hwasong-15 ICBM flew about 53 minutes; Pyongyang declared its nuclear force complete.', sources: [
    { outlet: 'NK News', url: 'https://www.nknews.org/2017/11/north-korea-announces-first-test-of-hwasong-15-icbm/' },
    { outlet: 'TASS', url: 'https://tass.com/world/977940' },
    { outlet: 'IBTimes UK', url: 'https://ibtimes.co.uk/north-korea-confirms-it-tested-hwasong-15-icbm-south-retaliates-missile-drill-1649342' },
  ] },
  { id: 'ESC-17', date: '2017-12-22', summary: 'UN Resolution 2397 cut refined-oil imports by about 90% and ordered workers home within two years.', sources: [
    { outlet: 'UN press release SC/13162', url: 'https://press.un.org/en/2018/sc13162.doc.htm' },
    { outlet: 'UN Security Council, 1718 Committee: resolutions', url: 'https://main.un.org/securitycouncil/en/sanctions/1718/resolutions' },
    { outlet: 'ASIL', url: 'https://asil.org/print/blogs/un-security-council-passes-resolution-increasing-sanctions-north-korea-december-22-2017' },
  ] },
  { id: 'ESC-18', date: '2018-01-01', summary: 'Kim said a nuclear button sat on his desk; Trump tweeted that his own was bigger.', sources: [
    { outlet: 'WNEP (CNN)', url: 'https://wnep.com/2018/01/02/trump-to-kim-jong-un-my-nuclear-button-is-much-bigger-and-more-powerful/' },
  ] },
  { id: 'ESC-19', date: '2018-01-30', summary: 'In the State of the Union Trump indicted the regime, with the Warmbiers and Ji Seong-ho as guests.', sources: [
    { outlet: 'Chicago Tribune', url: 'https://www.chicagotribune.com/nation-world/ct-trump-north-korea-20180130-story.html' },
    { outlet: 'CBS News', url: 'https://www.cbsnews.com/news/trump-calls-out-north-korean-offenses-during-state-of-the-union/' },
  ] },

  // 2. Road to Singapore
  { id: 'RTS-01', date: '2018-02-09', summary: 'At the PyeongChang Olympics the Koreas marched together and Kim Yo Jong brought an invitation to Moon.', sources: [
    { outlet: 'DW', url: 'https://amp.dw.com/en/historic-handshake-marks-korean-unity-at-olympic-opening-ceremony/a-42522184' },
    { outlet: 'Washington Post', url: 'https://www.washingtonpost.com/world/asia_pacific/as-olympics-open-with-dazzling-spectacle-all-eyes-are-on-north-korea/2018/02/09/97bac158-0b7b-11e8-998c-96deb18cca19_story.html' },
  ] },
  { id: 'RTS-02', date: '2018-03-08', summary: 'South Korea announced at the White House that Trump had accepted Kim\'s invitation to meet.', sources: [
    { outlet: 'NPR', url: 'https://www.npr.org/2018/03/08/592137603/kim-jong-un-extends-invite-to-president-trump-south-korean-officials-say' },
    { outlet: 'Arms Control Association statement', url: 'https://www.armscontrol.org/pressroom/2018-03/arms-control-association-welcomes-us-north-korea-diplomatic-opening-now-hard-work' },
  ] },
  { id: 'RTS-03', date: '2018-03-31', summary: 'CIA Director Pompeo met Kim secretly in Pyongyang over Easter weekend.', sources: [
    { outlet: 'Straits Times', url: 'https://www.straitstimes.com/world/united-states/cia-director-pompeo-met-with-north-korean-leader-kim-jong-un-over-easter-weekend' },
  ] },
  { id: 'RTS-04', date: '2018-04-20', summary: 'A party plenum halted nuclear and ICBM tests and announced the test site\'s closure.', sources: [
    { outlet: 'UPI (Yonhap)', url: 'https://www.upi.com/Top_News/World-News/2018/04/20/North-Korea-announces-freeze-on-nuclear-missile-tests/3641524262546/' },
  ] },
  { id: 'RTS-05', date: '2018-04-27', summary: 'Moon and Kim signed the Panmunjom Declaration, with a nuclear-free peninsula as a shared goal.', sources: [
    { outlet: 'China Daily (Xinhua)', url: 'http://europe.chinadaily.com.cn/a/201804/27/WS5ae257e4a3105cdcf651ac3a.html' },
    { outlet: 'Kyodo', url: 'https://english.kyodonews.net/news/2018/04/af14d18783e8-update1-2-koreas-to-hold-historic-summit-focus-on-norths-nuke-issue.html' },
  ] },
  { id: 'RTS-06', date: '2018-05-09', summary: 'Pompeo brought home three Americans detained in North Korea.', sources: [
    { outlet: 'The Diplomat', url: 'https://thediplomat.com/2018/05/ahead-of-trump-kim-summit-north-korea-releases-3-american-prisoners' },
  ] },
  { id: 'RTS-07', date: '2018-05-24', summary: 'North Korea blew up Punggye-ri tunnels without inspectors; Trump cancelled the summit by letter.', sources: [
    { outlet: 'Canoe (AP full text)', url: 'http://canoe.com/news/world/trump-cancels-summit-with-north-koreas-kim-citing-tremendous-anger-and-open-hostility' },
    { outlet: 'Reuters pictures', url: 'https://www.reuters.com/news/picture/north-korea-destroys-tunnels-at-nuclear-idUSRTS1T4AK' },
  ] },
  { id: 'RTS-08', date: '2018-06-01', summary: 'Kim Yong Chol delivered Kim\'s letter at the White House and the summit was back on.', sources: [
    { outlet: 'KUT (NPR)', url: 'https://www.kut.org/post/top-north-korean-official-visits-president-trump-white-house' },
    { outlet: 'Mercury News (WaPo)', url: 'https://www.mercurynews.com/2018/06/01/trump-summit-with-n-korea-is-back-on-for-june-12/' },
    { outlet: 'NBC', url: 'https://www.nbcnews.com/politics/donald-trump/trump-says-north-korean-leader-sending-him-letter-summit-meetings-n878871?cid=public-rss_20180531' },
  ] },

  // 3. Singapore summit
  // SGP-01: the Wikipedia link is a pointer used to find reporting, not a source, and is left out
  { id: 'SGP-01', date: '2018-06-12', summary: 'First meeting of a sitting US president and a North Korean leader, at Sentosa\'s Capella Hotel.', sources: [
    { outlet: 'Straits Times', url: 'https://www.straitstimes.com/politics/trump-kim-summit-joint-statement-a-crucial-first-move-towards-lasting-peace-and-stability' },
    { outlet: 'CSIS', url: 'https://www.csis.org/analysis/assessment-singapore-summit' },
  ] },
  { id: 'SGP-02', date: '2018-06-12', summary: 'A five-hour day: one-on-one, expanded talks, lunch, a stroll and the signing.', sources: [
    { outlet: 'Straits Times', url: 'https://www.straitstimes.com/politics/trump-kim-summit-joint-statement-a-crucial-first-move-towards-lasting-peace-and-stability' },
    { outlet: 'CBS News', url: 'https://cbsnews.com/amp/news/trump-leaves-singapore-new-relationship-north-korea-kim-jong-un-summit-recap-2018-06-12' },
  ] },
  { id: 'SGP-03', date: '2018-06-12', summary: 'The preamble paired US security guarantees with Kim\'s pledge, undefined and unverified.', sources: [
    { outlet: 'NZ Herald (AP, full text)', url: 'https://nzherald.co.nz/world/whats-in-the-document-donald-trump-and-kim-jong-un-commit-to-working-toward-complete-denuclearisation/NVUIESAXT6JTZC2VZCKMF66RNE' },
    { outlet: 'Project Syndicate (Haass, opinion)', url: 'https://www.project-syndicate.org/commentary/trump-kim-singapore-summit-outcome-by-richard-n--haass-2018-06?barrier=accesspaylog' },
  ] },
  { id: 'SGP-04', date: '2018-06-12', summary: 'Four points: new relations, a peace regime, work toward peninsula denuclearization, and remains.', sources: [
    { outlet: 'NZ Herald (AP, full text)', url: 'https://nzherald.co.nz/world/whats-in-the-document-donald-trump-and-kim-jong-un-commit-to-working-toward-complete-denuclearisation/NVUIESAXT6JTZC2VZCKMF66RNE' },
    { outlet: 'Bloomberg (BloombergQuint)', url: 'http://www.bloombergquint.com/politics/2018/06/12/trump-and-kim-signed-something-in-singapore-here-s-what-it-says' },
  ] },
  { id: 'SGP-05', date: '2018-06-12', summary: 'The text dropped the US standard of complete, verifiable, irreversible denuclearization.', sources: [
    { outlet: 'CBS News', url: 'https://cbsnews.com/amp/news/trump-leaves-singapore-new-relationship-north-korea-kim-jong-un-summit-recap-2018-06-12' },
    { outlet: 'Japan Times (commentary)', url: 'https://www.japantimes.co.jp/opinion/2018/06/21/commentary/world-commentary/whats-next-kim/' },
  ] },
  { id: 'SGP-06', date: '2018-06-12', summary: 'Trump announced a halt to joint exercises with South Korea, a pledge not in the statement.', sources: [
    { outlet: 'Daily Beast', url: 'https://www.thedailybeast.com/trump-says-us-will-end-provocative-war-games-in-south-korea' },
    { outlet: 'CBS News', url: 'https://cbsnews.com/amp/news/trump-leaves-singapore-new-relationship-north-korea-kim-jong-un-summit-recap-2018-06-12' },
    { outlet: 'CSIS', url: 'https://www.csis.org/analysis/assessment-singapore-summit' },
  ] },
  { id: 'SGP-07', date: '2018-06-18', summary: 'The Pentagon suspended planning for the August exercise, then suspended select exercises indefinitely.', sources: [
    { outlet: 'CNN', url: 'https://www.cnn.com/2018/06/18/politics/south-korea-us-joint-military-exercise-suspend/index.html' },
    { outlet: 'Eurasia Review (DoD News)', url: 'http://www.eurasiareview.com/19062018-us-halts-planning-for-war-games-exercise-with-south-korea/' },
  ] },
  { id: 'SGP-08', date: '2018-06-12', summary: 'Trump said Kim would destroy a missile-engine test site, a promise not in the signed text.', sources: [
    { outlet: 'CSIS', url: 'https://www.csis.org/analysis/assessment-singapore-summit' },
    { outlet: 'Deadline', url: 'https://deadline.com/print-article/1202408503/?KeepThis=1&TB_iframe=1&height=500&width=750' },
  ] },
  { id: 'SGP-09', date: '2018-06-12', summary: 'The NSC made a mock movie trailer that Trump showed Kim on an iPad.', sources: [
    { outlet: 'The Guardian', url: 'https://www.theguardian.com/us-news/2018/jun/13/trump-video-national-security-council-destiny-pictures' },
    { outlet: 'Straits Times', url: 'https://www.straitstimes.com/singapore/trump-discloses-that-hollywood-style-video-was-shown-to-north-korean-leader-and-aides' },
  ] },
  { id: 'SGP-10', date: '2018-06-13', summary: 'Back home Trump declared the North Korean nuclear threat over, a claim analysts disputed.', sources: [
    { outlet: 'Project Syndicate (Haass, opinion)', url: 'https://www.project-syndicate.org/commentary/trump-kim-singapore-summit-outcome-by-richard-n--haass-2018-06?barrier=accesspaylog' },
    { outlet: 'Chicago Council (Daalder)', url: 'https://www.thechicagocouncil.org/blog/global-insight/weeks-reads-summit-retrospect' },
  ] },
  // SGP-11: koreaherald.kr is not the Korea Herald's domain and is dropped (pack 12c)
  { id: 'SGP-11', date: '2018-07-27', partTags: [{ tag: 'single report', part: 'one dog tag', mentions: ['dog tag'] }], summary: 'North Korea handed over 55 cases of remains, with a single dog tag.', sources: [
    { outlet: 'KURV (AP)', url: 'http://www.kurv.com/un-command-says-55-cases-of-remains-returned/' },
    { outlet: 'New Milford Spectrum (AP)', url: 'https://www.newmilfordspectrum.com/news/politics/article/NKorea-provided-just-1-dog-tag-with-55-sets-of-13120511.php' },
    { outlet: 'Korea Herald', url: 'http://www.koreaherald.com/view.php?ud=20180717000871' },
  ] },

  // 4. Between the summits
  { id: 'BTW-01', date: '2018-07-06', summary: 'After Pompeo\'s third Pyongyang trip the North condemned US demands; Pompeo rebutted.', sources: [
    { outlet: 'NK News', url: 'https://www.nknews.org/2018/07/pompeo-dismisses-north-korean-criticism-calls-for-continued-talks/' },
    { outlet: 'UPI', url: 'https://www.upi.com/Top_News/US/2018/07/08/Mike-Pompeo-dismisses-claim-of-gangster-like-North-Korea-talks/3041531062008/' },
  ] },
  // BTW-02: the pack gives July to August 2018, no day
  { id: 'BTW-02', date: '2018-07', until: '2018-08', summary: 'Satellite images showed partial, reversible dismantling at the Sohae launch site.', sources: [
    { outlet: '38 North', url: 'https://www.38north.org/2018/08/sohae080718/' },
    { outlet: 'Indian Express', url: 'https://indianexpress.com/article/world/north-korea-dismantling-nuclear-facility-denuclearisation-5272929/' },
  ] },
  { id: 'BTW-03', date: '2018-09-18', summary: 'At the Pyongyang summit the North pledged to dismantle Sohae, with Yongbyon conditional on US steps.', sources: [
    { outlet: 'Yonhap', url: 'https://en.yna.co.kr/view/AEN20180919004758315' },
    { outlet: 'Columbia Law School (text)', url: 'https://kls.law.columbia.edu/content/pyongyang-joint-declaration' },
  ] },
  // BTW-04: The Hill's copy was on a staging host (digital-staging.thehill.com) and is dropped
  { id: 'BTW-04', date: '2018-09-25', summary: 'At the UN a year after Rocket Man, Trump thanked Kim for his courage.', sources: [
    { outlet: 'LA Times', url: 'http://www.latimes.com/nation/la-na-pol-trump-norkor-un-20180924-story.html' },
  ] },
  { id: 'BTW-05', date: '2018-09-29', summary: 'Ri Yong Ho told the UN there would be no unilateral disarmament without trust.', sources: [
    { outlet: 'The Independent', url: 'http://www.independent.co.uk/news/world/americas/trump-kim-jong-un-love-letters-relationship-denuclearisation-nuclear-weapons-a8561701.html' },
    { outlet: 'HuffPost', url: 'https://www.huffpost.com/entry/donald-trump-kim-jong-un-in-love-north-korea_n_5bb03817e4b0c7575965aeb1' },
  ] },
  { id: 'BTW-06', date: '2019-01-18', summary: 'Trump met Kim Yong Chol; a second summit was set for Hanoi on Feb. 27–28.', sources: [
    { outlet: 'CTV (AP)', url: 'https://www.ctvnews.ca/world/trump-says-summit-with-north-korea-s-kim-will-be-in-hanoi-1.4289574' },
    { outlet: 'Euronews (Reuters/AP/NBC)', url: 'https://www.euronews.com/2019/02/09/trump-says-second-summit-north-korea-s-kim-jong-un-n969661' },
  ] },

  // 5. Hanoi summit
  { id: 'HAN-01', date: '2019-02-27', summary: 'The Hanoi summit opened with a one-on-one and dinner at the Metropole.', sources: [
    { outlet: 'The American Presidency Project (White House remarks, Feb. 27)', url: 'https://www.presidency.ucsb.edu/documents/remarks-meeting-with-chairman-the-state-affairs-commission-kim-jong-un-north-korea-and' },
    { outlet: 'VOA', url: 'https://www.voanews.com/amp/key-points-from-trump-press-conference-in-hanoi/4807366.html' },
    { outlet: 'AsiaOne (Korea Herald)', url: 'https://www.asiaone.com/world/trump-hints-us-nk-have-different-visions-denuclearization' },
  ] },
  { id: 'HAN-02', date: '2019-02-28', summary: 'Asked if he was ready to denuclearize, Kim said he would not be there otherwise.', sources: [
    { outlet: 'The Hill', url: 'https://thehill.com/policy/defense/431955-kim-says-he-wouldnt-be-at-summit-if-hes-not-ready-to-denuclearize' },
  ] },
  { id: 'HAN-03', date: '2019-02-28', summary: 'Lunch and signing were cancelled and no joint statement was issued.', sources: [
    { outlet: 'CNN transcript', url: 'http://transcripts.cnn.com/TRANSCRIPTS/1902/28/cnr.19.html' },
    { outlet: 'Politico', url: 'https://www.politico.com/story/2019/02/28/trump-north-korea-summit-1195227' },
    { outlet: 'AsiaOne (Korea Herald)', url: 'https://www.asiaone.com/world/trump-hints-us-nk-have-different-visions-denuclearization' },
  ] },
  { id: 'HAN-04', date: '2019-02-28', summary: 'Trump said the North wanted all sanctions lifted and that he had to walk away.', sources: [
    { outlet: 'Hawaii Tribune-Herald (AP)', url: 'https://www.hawaiitribune-herald.com/2019/03/02/nation-world-news/officials-say-trump-overstated-kims-demand-on-sanctions/amp/' },
    { outlet: 'Henry Jackson Society (mirror of a Telegraph op-ed)', url: 'https://henryjacksonsociety.org/media-centre/trump-has-learnt-a-valuable-lesson-its-better-to-walk-away-from-a-bad-deal-than-be-too-embarassed-to-reject-it/' },
    { outlet: 'Mediaite (CNN/MSNBC video)', url: 'https://www.mediaite.com/tv/mission-not-accomplished-trump-bails-on-hanoi-summit-early-with-no-deal/' },
    { outlet: 'VOA', url: 'https://www.voanews.com/amp/key-points-from-trump-press-conference-in-hanoi/4807366.html' },
  ] },
  { id: 'HAN-05', date: '2019-02-28', summary: 'Trump said the US raised enrichment sites beyond Yongbyon.', sources: [
    { outlet: 'AsiaOne (Korea Herald)', url: 'https://www.asiaone.com/world/trump-hints-us-nk-have-different-visions-denuclearization' },
    { outlet: 'Hanoi Times', url: 'https://hanoitimes.vn/north-korea-stages-late-night-press-meeting-in-hanoi-explaining-no-deal-summit-1747.html' },
  ] },
  { id: 'HAN-06', date: '2019-03-01', summary: 'Ri said the North sought partial relief, from 5 of 11 resolutions, for dismantling Yongbyon.', sources: [
    { outlet: 'Hanoi Times', url: 'https://hanoitimes.vn/north-korea-stages-late-night-press-meeting-in-hanoi-explaining-no-deal-summit-1747.html' },
    { outlet: 'CGTN', url: 'https://america.cgtn.com/2019/02/28/dprk-fm-ri-yong-ho-disputes-trump-reason-for-summit-collapse' },
    { outlet: 'Washington Post', url: 'https://www.washingtonpost.com/politics/trump-and-kim-downplay-expectations-as-key-summit-talks-begin/2019/02/28/d77d752c-3ac5-11e9-aaae-69364b2ed137_story.html' },
  ] },
  { id: 'HAN-07', date: '2019-03-01', summary: 'Vice Foreign Minister Choe Son Hui said Kim might have lost his will to deal with the US.', sources: [
    { outlet: 'Hawaii Tribune-Herald (AP)', url: 'https://www.hawaiitribune-herald.com/2019/03/02/nation-world-news/officials-say-trump-overstated-kims-demand-on-sanctions/amp/' },
  ] },
  { id: 'HAN-08', date: '2019-03-01', summary: 'A State Department briefing confirmed the partial-relief ask but called it the core of the sanctions.', sources: [
    { outlet: 'Hawaii Tribune-Herald (AP)', url: 'https://www.hawaiitribune-herald.com/2019/03/02/nation-world-news/officials-say-trump-overstated-kims-demand-on-sanctions/amp/' },
    { outlet: 'The Atlantic', url: 'https://www.theatlantic.com/politics/archive/2019/03/how-long-will-us-live-nuclear-north-korea/583990/?utm_source=feed' },
  ] },
  { id: 'HAN-09', date: '2019-03-29', summary: 'Reuters reported Trump handed Kim a paper demanding all weapons and fuel be transferred to the US.', sources: [
    { outlet: 'Straits Times', url: 'https://www.straitstimes.com/world/united-states/trump-gave-kim-paper-detailing-nuclear-demands' },
    { outlet: 'Lincoln Daily News (full Reuters text)', url: 'https://archives.lincolndailynews.com/2019/Mar/30/NEWS/news_m.shtml' },
  ] },
  { id: 'HAN-10', date: '2019-02-28', summary: 'Trump said he took Kim at his word that he had not known about Warmbier\'s treatment.', sources: [
    { outlet: 'HuffPost', url: 'https://www.huffpost.com/entry/trump-kim-jong-un-otto-warmbier_n_5c779987e4b0d3a48b569c03' },
    { outlet: 'Daily Beast', url: 'https://www.thedailybeast.com/donald-trump-on-otto-warmbier-i-believe-kim-jong-un-when-he-says-he-didnt-know' },
    { outlet: 'BBC', url: 'https://www.bbc.com/news/av/world-us-canada-47406930/president-trump-defends-kim-jong-un-over-death-of-us-student' },
  ] },
  { id: 'HAN-11', date: '2019-03-01', summary: 'The Warmbiers held Kim responsible; Trump said his words had been misread.', sources: [
    { outlet: 'USA Today', url: 'https://amp.usatoday.com/story/news/politics/2019/03/01/donald-trump-otto-warmbier-kim-jong-un-remarks-were-misinterpreted/3032108002/' },
    { outlet: 'Fortune', url: 'https://fortune.com/2019/03/01/otto-warmbier-family-trump-kim/' },
  ] },
  { id: 'HAN-12', date: '2019-03-02', summary: 'Imagery showed rebuilding at Sohae; Trump said he would be disappointed in Kim.', sources: [
    { outlet: 'NBC News', url: 'https://www.nbcnews.com/news/north-korea/trump-very-disappointed-if-north-korea-rebuilding-long-range-rocket-n980251' },
  ] },

  // 6. After Hanoi
  { id: 'AFT-01', date: '2019-05-04', summary: 'North Korea fired its first ballistic missile since November 2017, a new short-range type.', sources: [
    { outlet: 'CNS North Korea Missile Test Database (NTI)', url: 'https://www.nti.org/analysis/articles/understanding-north-koreas-missile-tests/' },
    { outlet: 'Straits Times', url: 'https://www.straitstimes.com/world/united-states/trump-says-confident-north-koreas-kim-wont-break-promise' },
  ] },
  { id: 'AFT-02', date: '2019-06-30', summary: 'At the DMZ Trump stepped into North Korea and met Kim for about 50 minutes; no document.', sources: [
    { outlet: 'Washington Post', url: 'https://www.washingtonpost.com/politics/trump-says-north-koreas-kim-wants-to-join-him-at-the-dmz/2019/06/29/ef99dc98-9a99-11e9-830a-21b9b36b64ad_story.html' },
    { outlet: 'New Times (NYT text)', url: 'http://www.newtimes.co.rw/article/167717/News/trump-steps-into-north-korea-agrees-with-kim-to-resume-talks/amp' },
    { outlet: 'Yonhap', url: 'https://en.yna.co.kr/view/AEN20190630007200315' },
  ] },
  { id: 'AFT-03', date: '2019-08-23', summary: 'On renewed launches, Trump said short-range missiles had never been restricted.', sources: [
    { outlet: 'GlobalSecurity (mirror of VOA)', url: 'https://www.globalsecurity.org/wmd/library/news/dprk/2019/dprk-190823-voa01.htm' },
  ] },
  { id: 'AFT-04', date: '2019-10-02', summary: 'A Pukguksong-3 submarine-launched missile landed in Japan\'s economic zone.', sources: [
    { outlet: 'CNS North Korea Missile Test Database (NTI)', url: 'https://www.nti.org/analysis/articles/understanding-north-koreas-missile-tests/' },
    { outlet: 'TVNZ (AP)', url: 'https://www.tvnz.co.nz/one-news/world/north-korea-decries-breakdown-talks-us-says-were-good' },
  ] },
  { id: 'AFT-05', date: '2019-10-05', summary: 'Working-level talks in Stockholm broke down, with the two sides giving opposite accounts.', sources: [
    { outlet: 'TVNZ (AP)', url: 'https://www.tvnz.co.nz/one-news/world/north-korea-decries-breakdown-talks-us-says-were-good' },
    { outlet: 'Daily Beast', url: 'https://www.thedailybeast.com/us-delegation-disputes-claims-that-nuclear-talks-with-north-korea-broke-down' },
    { outlet: 'NK News', url: 'https://www.nknews.org/2019/10/north-korea-u-s-talks-in-sweden-fail-to-reach-a-deal-chief-dprk-negotiator-says/' },
  ] },
  { id: 'AFT-07', date: '2020-01-01', summary: 'Kim declared the testing moratorium over; Trump still voiced trust in him.', sources: [
    { outlet: 'Yonhap', url: 'https://en.yna.co.kr/view/AEN20200101003451325' },
    { outlet: 'AsiaOne (AFP/Reuters)', url: 'https://www.asiaone.com/asia/north-koreas-kim-jong-un-declares-end-moratoriums-nuclear-and-ballistic-missile-tests' },
    { outlet: 'Hindustan Times (Reuters)', url: 'https://www.hindustantimes.com/world-news/trump-says-north-korea-s-kim-is-a-man-of-his-word/story-dgNxP4U18hJyDbI7QgxD4O.html' },
  ] },
  { id: 'AFT-08', date: '2020-06-16', summary: 'North Korea blew up the inter-Korean liaison office in Kaesong.', sources: [
    { outlet: 'SCMP', url: 'https://www.scmp.com/news/asia/east-asia/article/3089244/north-korea-reportedly-blows-kaesong-liaison-office-near-border' },
    { outlet: 'Reuters pictures', url: 'https://www.reuters.com/news/picture/north-korea-blows-up-liaison-office-with-idUSRTS3DVA8' },
    { outlet: 'UrduPoint/APP', url: 'https://www.urdupoint.com/en/world/north-korea-blows-up-liaison-office-with-sout-948209.html' },
  ] },
  { id: 'AFT-09', date: '2022-03-24', partTags: [{ tag: 'single report', part: 'Kirby\'s statement that the Feb. 27 and March 5 launches tested a new ICBM system', mentions: ['Kirby', 'Feb. 27', 'March 5', 'new ICBM system'] }], summary: 'The first full ICBM flight since 2017 opened a record year of launches.', sources: [
    { outlet: 'Defence Blog (KCNA figures)', url: 'https://defence-blog.com/north-korea-confirms-reports-it-has-test-fired-its-largest-intercontinental-ballistic-missile-yet/' },
    { outlet: 'SCMP', url: 'https://www.scmp.com/news/asia/east-asia/article/3172335/north-korea-passed-old-intercontinental-ballistic-missile-newer' },
    { outlet: 'Korea Times US', url: 'http://www.koreatimesus.com/n-korea-tests-new-icbm-system-u-s-to-impose-additional-sanctions-official/' },
  ] },
  // AFT-10: the first specific date in the fact (Hwasong-18)
  { id: 'AFT-10', date: '2023-04-13', summary: 'Five ICBM flights in 2023, including a solid-fuel Hwasong-18, then a Hwasong-19 in 2024.', sources: [
    { outlet: 'Straits Times', url: 'https://www.straitstimes.com/asia/north-korea-s-latest-missile-launches-an-ominous-development-or-routine-testing' },
    { outlet: 'CNS North Korea Missile Test Database (NTI)', url: 'https://www.nti.org/analysis/articles/understanding-north-koreas-missile-tests/' },
  ] },
  // AFT-11: the entry-into-force date is relayed only by iuvmpress [weakly sourced], which is left out
  { id: 'AFT-11', date: '2024-06-19', partTags: [{ tag: 'weakly sourced', part: 'the entry-into-force date', mentions: ['into force', 'Dec. 4', 'December 4'] }], summary: 'Putin and Kim signed a treaty pledging mutual military aid if either is attacked.', sources: [
    { outlet: 'Chosun Ilbo', url: 'https://chosun.com/english/north-korea-en/2024/06/20/EGOEOSXPHFDQ3GK6NJN2TILA4U' },
    { outlet: 'TASS', url: 'https://tass.com/politics/1868051' },
    { outlet: 'Interfax (KCNA)', url: 'https://interfax.com/newsroom/top-stories/108291/' },
  ] },
  // AFT-12: the pack dates the deployment only as "late 2024 onward", through the October 2025 parade
  { id: 'AFT-12', date: '2024', until: '2025-10', summary: 'North Korea sent troops, about 12,000, to fight for Russia.', sources: [
    { outlet: 'Kyiv Independent', url: 'https://www.kyivindependent.com/trump-plans-to-reach-out-to-north-koreas-kim-jong-un' },
    { outlet: 'KBS (Yonhap)', url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=196565' },
  ] },

  // 7. Second term
  { id: 'T2-01', date: '2025-01-20', summary: 'Inaugurated again, Trump recalled good relations with Kim and called him a nuclear power.', sources: [
    { outlet: 'KBS World (Yonhap)', url: 'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=190556&lang=e' },
    { outlet: 'Korea Times US', url: 'http://www.koreatimesus.com/trump-inauguration-trump-calls-n-korea-nuclear-power-says-kim-will-be-happy-to-see-his-presidential-comeback/' },
  ] },
  { id: 'T2-02', date: '2025-01-23', summary: 'On Fox News Trump called Kim smart and said he would reach out again.', sources: [
    { outlet: 'The Independent', url: 'https://www.independent.co.uk/tv/news/donald-trump-kim-jong-un-us-north-korea-b2685735.html' },
    { outlet: 'KBS World', url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=190556' },
  ] },
  { id: 'T2-03', date: '2025-03-13', summary: 'Trump again called Kim a nuclear power; the White House kept denuclearization as the goal.', sources: [
    { outlet: 'NDTV (Reuters)', url: 'https://www.ndtv.com/world-news/donald-trump-says-he-still-has-good-relations-with-north-koreas-kim-jong-un-7919946' },
  ] },
  { id: 'T2-04', date: '2025-07-29', summary: 'Kim Yo Jong rejected talks aimed at denuclearization; the White House stayed open to them.', sources: [
    { outlet: 'Japan Times', url: 'https://www.japantimes.co.jp/news/2025/07/29/asia-pacific/politics/us-north-korea-kim-trump/' },
    { outlet: 'Newsmax (Reuters)', url: 'https://www.newsmax.com/newsfront/north-korea-nuclear-kim-jong-un/2025/07/28/id/1220438/' },
    { outlet: 'UPI', url: 'https://www.upi.com/Top_News/World-News/2025/07/29/Kim-Yo-Jong-Donald-Trump-relationship-not-bad-nuclear-talks/5401753768471/' },
  ] },
  { id: 'T2-05', date: '2025-08-25', summary: 'With Lee Jae Myung, Trump said he looked forward to seeing Kim some day.', sources: [
    { outlet: 'Al Jazeera', url: 'https://www.aljazeera.com/news/2025/9/22/north-koreas-kim-says-open-to-us-talks-if-denuclearisation-demands-dropped?traffic_source=rss' },
    { outlet: 'The Independent', url: 'https://www.independent.co.uk/news/world/americas/us-politics/trump-north-korea-kim-jong-un-b2813716.html' },
  ] },
  { id: 'T2-06', date: '2025-09-03', summary: 'Kim joined Xi and Putin at Beijing\'s Victory Day parade, then held his first summit with Xi in six years.', sources: [
    { outlet: 'KBS World (Yonhap)', url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=195779' },
    { outlet: 'Aju Press', url: 'https://www.ajupress.com/view/20251012100544539' },
  ] },
  { id: 'T2-07', date: '2025-09-21', tags: ['translation varies'], summary: 'Kim offered talks only if the US drops denuclearization, and recalled Trump warmly.', sources: [
    { outlet: 'WTOP (AP)', url: 'https://wtop.com/russia-ukraine-war-news/2025/09/north-korean-leader-recalls-good-memories-of-trump-urges-us-to-drop-denuclearization-demands/' },
    { outlet: 'Al Jazeera', url: 'https://www.aljazeera.com/news/2025/9/22/north-koreas-kim-says-open-to-us-talks-if-denuclearisation-demands-dropped?traffic_source=rss' },
    { outlet: 'Newser (AP)', url: 'https://static2-cdn.newser.com/story/375557/kim-says-he-has-good-personal-memories-of-trump.html' },
  ] },
  { id: 'T2-08', date: '2025-10-10', summary: 'A party-anniversary parade unveiled the Hwasong-20 ICBM.', sources: [
    { outlet: 'Korea JoongAng Daily', url: 'https://koreajoongangdaily.joins.com/news/2025-10-11/national/defense/North-Korea-unveils-new-intercontinental-missile-at-military-parade/2417714' },
    { outlet: 'Daily Sabah (Reuters)', url: 'https://www.dailysabah.com/world/asia-pacific/north-korea-shows-off-new-intercontinental-missile-at-military-parade' },
  ] },
  { id: 'T2-09', date: '2025-10-22', summary: 'Two short-range hypersonic missiles; South Korean officials counted about a dozen weapons tests in 2025.', sources: [
    { outlet: 'Newsmax (WSJ)', url: 'https://rss.newsmax.com/world/globaltalk/kim-jong-un-north-korea-missile/2025/10/23/id/1231575' },
    { outlet: 'CNS North Korea Missile Test Database (NTI)', url: 'https://www.nti.org/analysis/articles/understanding-north-koreas-missile-tests/' },
  ] },
  { id: 'T2-10', date: '2025-10-24', summary: 'Heading to Asia, Trump said he was fully open to meeting Kim.', sources: [
    { outlet: 'Fox News', url: 'https://www.foxnews.com/politics/trump-says-hes-open-meeting-kim-jong-un-during-asia-trip-north-korea-sort-nuclear-power' },
    { outlet: 'Türkiye Today', url: 'https://www.turkiyetoday.com/world/trump-says-north-korea-is-sort-of-a-nuclear-power-open-to-meeting-kim-3208970' },
    { outlet: 'Japan Times', url: 'https://www.japantimes.co.jp/news/2025/10/25/asia-pacific/trump-kim-north-korea-meeting/' },
  ] },
  { id: 'T2-11', date: '2025-10-29', summary: 'Trump\'s APEC trip to South Korea ended without a meeting with Kim.', sources: [
    { outlet: 'SpaceWar (AFP)', url: 'https://www.spacewar.com/reports/Trump_says_timing_didnt_work_out_to_meet_N_Koreas_Kim_999.html' },
    { outlet: 'Korea JoongAng Daily', url: 'https://koreajoongangdaily.joins.com/news/2025-10-30/national/northKorea/Trump-says-hed-like-to-return-to-meet-Norths-Kim-as-he-departs-South-Korea/2432842' },
    { outlet: 'DW', url: 'https://amp.dw.com/en/no-trump-kim-meeting-a-snub-to-us-president/a-74553950' },
  ] },
  { id: 'T2-12', date: '2025-11-01', summary: 'A vice foreign minister called denuclearization an unrealizable dream.', sources: [
    { outlet: 'Straits Times (Reuters)', url: 'https://www.straitstimes.com/asia/North-Korea-says-denuclearisation-is-unrealisable-pipe-dream-before-China-South-Korea-summit' },
    { outlet: 'Korea JoongAng Daily (Yonhap)', url: 'https://koreajoongangdaily.joins.com/news/2025-11-01/national/northKorea/North-slams-denuclearization-as-pipe-dream-ahead-of-LeeXi-summit/2434464' },
  ] },
  { id: 'T2-13', date: '2026-02-19', tags: ['translation varies'], summary: 'The Ninth Party Congress re-elected Kim, who vowed more warheads but left a door open to the US.', sources: [
    { outlet: 'Business Standard (Bloomberg)', url: 'https://www.business-standard.com/amp/world-news/north-korea-s-kim-vows-more-nuclear-weapons-but-opens-door-for-us-talks-126022600104_1.html' },
    { outlet: 'NDTV Profit (BBC)', url: 'https://www.ndtvprofit.com/world/respect-our-nuclear-programme-and-we-can-get-along-well-north-korea-s-kim-jong-un-to-washington-11139853' },
    { outlet: 'Daily Dispatch (Reuters)', url: 'https://www.dailydispatch.co.za/news/2026-02-23-north-koreas-ruling-party-re-elects-kim-jong-un-as-general-secretary/' },
  ] },
  // T2-14: the postponement (pano.news) and the AP takeaways (newsar mirror) are weakly sourced and left out;
  // the departure day, Taiwan's place in the talks and 'no Kim meeting' rest on those takeaways: a text that
  // uses them cites a second fact (T2-23 for 'no meeting'). The US statement resolves to T2-16's AP report.
  { id: 'T2-14', date: '2026-05-13', partTags: [{ tag: 'weakly sourced', part: 'the postponement, the May 15 departure, Taiwan\'s place in the talks and "no Kim meeting"', mentions: ['postpone', 'delayed', 'May 15', 'Taiwan', 'Kim'] }], summary: 'Trump visited Beijing for talks with Xi; afterwards the US said they shared the goal of North Korean denuclearization.', sources: [
    { outlet: 'Manila Bulletin (AP)', url: 'https://mb.com.ph/2026/05/13/trump-set-to-meet-with-xi-in-beijing-as-war-and-inflation-weigh-on-his-presidency' },
    { outlet: 'Durango Herald (AP)', url: 'https://dh.durangoherald.com/tj/north-korea-calls-the-us-push-for-its-denuclearization-anachronistic-dream/' },
  ] },
  { id: 'T2-15', date: '2026-06-03', summary: 'Kim toured a new enrichment plant and ordered faster growth of nuclear and missile forces.', sources: [
    { outlet: 'Durango Herald (AP)', url: 'https://dh.durangoherald.com/tj/north-korea-calls-the-us-push-for-its-denuclearization-anachronistic-dream/' },
    { outlet: 'Dunya Plus (AP text)', url: 'https://www.dunyaplus.com/haber/north-korea-calls-the-us-push-for-its-denuclearization-anachronistic-dream' },
  ] },
  { id: 'T2-16', date: '2026-06-07', summary: 'Kim Yo Jong dismissed US denuclearization aims and denied a Trump–Xi agreement on it.', sources: [
    { outlet: 'Durango Herald (AP)', url: 'https://dh.durangoherald.com/tj/north-korea-calls-the-us-push-for-its-denuclearization-anachronistic-dream/' },
    { outlet: 'ClickOnDetroit (AP)', url: 'https://www.clickondetroit.com/topic/Seoul/' },
  ] },
  // T2-21: dated by its two reports (Nov. 1 and Dec. 13, 2025); the meeting itself is after mid-June 2026
  { id: 'T2-21', date: '2025-11-01', until: '2025-12-13', summary: 'China set the 2026 APEC leaders\' meeting in Shenzhen for November 18–19, 2026; nothing after is verified.', sources: [
    { outlet: 'People\'s Daily (Xinhua, Nov. 1, 2025)', url: 'http://en.people.cn/n3/2025/1101/c90000-20385082.html' },
    { outlet: 'People\'s Daily (Xinhua, Dec. 13, 2025)', url: 'http://en.people.cn/n3/2025/1213/c90000-20401994.html' },
  ] },
  // T2-22: no seventh nuclear test found; dated by the latest assessment the pack found (Nov. 5, 2025)
  { id: 'T2-22', date: '2025-11-05', summary: 'No North Korean nuclear test found since September 2017; Seoul judged one could follow quickly if Kim decided.', sources: [
    { outlet: 'A News (Yonhap)', url: 'https://www.anews.com.tr/asia/2025/11/05/north-korea-ready-for-7th-nuclear-test-claims-south-korea' },
    { outlet: 'LIGA.net (Yonhap)', url: 'https://news.liga.net/en/world/news/seoul-believes-that-the-dprk-is-ready-for-nuclear-tests-as-soon-as-kim-makes-a-decision' },
  ] },
  // T2-23 (replaces T2-19's status line): the pack gives no source of its own; these are the reports it
  // rests on (no meeting at APEC, T2-11; the DMZ meeting, AFT-02). Dated by what it verifies: to mid-June 2026.
  { id: 'T2-23', date: '2026-06', summary: 'Verified to mid-June 2026: no Trump–Kim meeting in the second term; the last was at the DMZ in 2019.', sources: [
    { outlet: 'DW', url: 'https://amp.dw.com/en/no-trump-kim-meeting-a-snub-to-us-president/a-74553950' },
    { outlet: 'Yonhap', url: 'https://en.yna.co.kr/view/AEN20190630007200315' },
  ] },

  // 8. Praise, and the human-rights context
  { id: 'PRA-01', date: '2017-04-30', summary: 'On CBS Trump praised Kim\'s cleverness for taking power so young.', sources: [
    { outlet: 'AOL (NBC News)', url: 'https://www.aol.com/article/news/2017/04/30/trump-on-north-korea-s-kim-jong-un-hes-a-pretty-smart-cookie/22062527/' },
    { outlet: 'The Week', url: 'https://theweek.com/speedreads/695684/trump-calls-north-koreas-kim-jong-un-pretty-smart-cookie' },
    { outlet: 'NK News', url: 'https://www.nknews.org/2017/04/donald-trump-calls-kim-jong-un-a-smart-cookie/' },
  ] },
  { id: 'PRA-02', date: '2017-05-01', summary: 'In a Bloomberg interview Trump said he would be honored to meet Kim in the right circumstances.', sources: [
    { outlet: 'TIME (AP)', url: 'http://time.com/4761884/donald-trump-kim-jong-un-meeting-honored/' },
    { outlet: 'Daily Mail (Reuters)', url: 'http://www.dailymail.co.uk/wires/reuters/article-4463240/Trump-says-meet-N-Korean-leader-right-circumstances-Bloomberg.html?ITO=1490&ns_mchannel=rss&ns_campaign=1490' },
  ] },
  { id: 'PRA-04', date: '2018-06-12', summary: 'At the signing Trump called Kim very talented and patriotic.', sources: [
    { outlet: 'CNBC', url: 'https://www.cnbc.com/2018/06/12/trump-heaps-praise-on-kim-jong-un-during-nuclear-weapons-summit.html' },
    { outlet: 'Business Times (SG)', url: 'https://www.businesstimes.com.sg/government-economy/trump-kim-sign-comprehensive-joint-document-after-singapore-summit' },
  ] },
  { id: 'PRA-05', date: '2018-06-12', summary: 'Trump praised Kim\'s talent, personality and negotiating skill.', sources: [
    { outlet: 'BBC', url: 'https://www.bbc.com/news/world-us-canada-44461763' },
    { outlet: 'CNBC', url: 'https://www.cnbc.com/2018/06/12/trump-heaps-praise-on-kim-jong-un-during-nuclear-weapons-summit.html' },
  ] },
  { id: 'PRA-06', date: '2018-06-12', summary: 'Trump told ABC he trusted Kim.', sources: [
    { outlet: 'Fortune', url: 'https://fortune.com/2018/06/12/north-korea-trump-abc-interview/' },
    { outlet: 'ABC News', url: 'https://abcnews.go.com/GMA/News/video/trust-trump-reflects-kim-meeting-55831248' },
    { outlet: 'Mediaite', url: 'https://www.mediaite.com/politics/trump-dishes-on-special-bond-with-kim-in-abc-interview-i-do-trust-him/' },
  ] },
  { id: 'PRA-07', date: '2018-06-15', summary: 'Trump said he wanted his people to sit up like Kim\'s, then called it sarcasm.', sources: [
    { outlet: 'Washington Times', url: 'https://www.washingtontimes.com/news/2018/jun/15/trump-says-when-he-speaks-i-want-my-people-sit-att/' },
    { outlet: 'News9 (CBS)', url: 'http://www.news9.com/story/38433626/trump-says-he-wants-my-people-to-sit-at-attention-for-him-like-people-do-for-kim-jong-un' },
    { outlet: 'The Guardian', url: 'https://www.theguardian.com/us-news/2018/jun/15/antsy-and-bored-trump-nearly-left-kim-summit-in-peril-report-says' },
  ] },
  { id: 'PRA-09', date: '2018-09-29', summary: 'At a Wheeling rally Trump described his bond with Kim, built on letters, as love.', sources: [
    { outlet: 'HuffPost', url: 'https://www.huffpost.com/entry/donald-trump-kim-jong-un-in-love-north-korea_n_5bb03817e4b0c7575965aeb1' },
    { outlet: 'The Independent', url: 'http://www.independent.co.uk/news/world/americas/trump-kim-jong-un-love-letters-relationship-denuclearisation-nuclear-weapons-a8561701.html' },
    { outlet: 'The Week', url: 'https://theweek.com/96811/donald-trump-says-he-fell-in-love-with-kim-jong-un-over-letters' },
  ] },
  { id: 'PRA-10', date: '2019-02-08', summary: 'Announcing Hanoi, Trump tweeted that North Korea under Kim would become an economic powerhouse.', sources: [
    { outlet: 'CTV (AP)', url: 'https://www.ctvnews.ca/world/trump-says-summit-with-north-korea-s-kim-will-be-in-hanoi-1.4289574' },
    { outlet: 'Scroll.in', url: 'https://scroll.in/latest/912606/donald-trump-and-kim-jong-un-to-meet-in-hanoi-on-february-27-and-28' },
  ] },
  { id: 'PRA-12', date: '2019-02-28', summary: 'After Hanoi Trump told Hannity that Kim was very smart and a real leader.', sources: [
    { outlet: 'Insider (AP)', url: 'https://www.insider.com/trump-praises-kim-jong-un-vietnam-summit-2019-3' },
    { outlet: 'Mediaite', url: 'https://www.mediaite.com/tv/trump-fawns-over-kim-jong-un-to-hannity-he-is-very-sharp-and-a-real-leader/' },
  ] },
  { id: 'HR-01', date: '2014-02-17', summary: 'A UN inquiry found crimes against humanity set by policy at the top of the state.', sources: [
    { outlet: 'UN News', url: 'https://news.un.org/en/story/2014/02/462062' },
    { outlet: 'UN Secretary-General\'s spokesperson', url: 'http://www.un.org/sg/statements/index.asp?nid=7465' },
    { outlet: 'JURIST', url: 'https://www.jurist.org/news/2014/02/un-rights-chief-urges-action-in-north-korea/' },
    { outlet: 'Scoop (mirror of the OHCHR release, Pillay)', url: 'http://www.scoop.co.nz/stories/WO1402/S00219/pillay-calls-for-urgent-action-on-historic-dprk-report.htm' },
    { outlet: 'Lincoln Daily News (Reuters)', url: 'https://archives.lincolndailynews.com/2014/Feb/17/News/news021714_ba.shtml' },
  ] },
  { id: 'HR-02', date: '2014-02-17', summary: 'The inquiry listed crimes from extermination to starvation and urged an ICC referral.', sources: [
    { outlet: 'Global Centre for R2P', url: 'http://www.globalr2p.org/resources/760' },
    { outlet: 'Right Docs (mirror of the report A/HRC/25/63)', url: 'https://right-docs.org/doc/a-hrc-25-63' },
    { outlet: 'Lincoln Daily News (Reuters)', url: 'https://archives.lincolndailynews.com/2014/Feb/17/News/news021714_ba.shtml' },
  ] },
  // HR-03: date of the cited reports (his death)
  { id: 'HR-03', date: '2017-06-19', summary: 'Otto Warmbier, jailed in 2016, came home in a coma and died in June 2017, aged 22.', sources: [
    { outlet: 'VICE News', url: 'https://www.vice.com/en_us/article/j5x4z3/otto-warmbier-dies-after-returning-from-north-korean-prison-in-coma-vice-news' },
    { outlet: 'Fox13 (CNN)', url: 'https://www.fox13now.com/2017/06/19/u-s-student-who-was-detained-in-north-korea-dies' },
  ] },
  { id: 'HR-04', date: '2018-12-24', summary: 'A US federal judge ordered North Korea to pay about $501 million over Warmbier\'s death.', sources: [
    { outlet: 'East Bay Times (Washington Post)', url: 'https://www.eastbaytimes.com/2018/12/24/n-korea-ordered-to-pay-500m-for-warmbiers-death/' },
    { outlet: 'Arkansas Democrat-Gazette (AP)', url: 'https://www.arkansasonline.com/news/2018/dec/25/n-korea-owes-student-s-parents-500m-jud/' },
  ] },
  // HR-05: date of the summit the CSIS assessment covers
  { id: 'HR-05', date: '2018-06-12', summary: 'Human rights, stressed in 2017–18 speeches, were absent from the Singapore statement.', sources: [
    { outlet: 'CSIS', url: 'https://www.csis.org/analysis/assessment-singapore-summit' },
  ] },

  // 9. The debate
  // DEB entries: `published` where the pack states the piece's date, else `about` names what the date is
  { id: 'DEB-01', date: '2018-06-12', published: '2018-06-12', summary: 'Brookings\' Pak and Pollack found the Singapore text thin; Pak set it below the 2005 pledge (critic).', sources: [
    { outlet: 'Brookings', url: 'https://www.brookings.edu/blog/order-from-chaos/2018/06/12/around-the-halls-brookings-experts-react-to-the-trump-kim-jong-un-summit-in-singapore/' },
  ] },
  { id: 'DEB-02', date: '2018-06', about: 'the June 2018 Singapore summit', summary: 'Haass argued the undefined deal and victory claims would erode sanctions (critic, opinion).', sources: [
    { outlet: 'Project Syndicate', url: 'https://www.project-syndicate.org/commentary/trump-kim-singapore-summit-outcome-by-richard-n--haass-2018-06?barrier=accesspaylog' },
  ] },
  { id: 'DEB-03', date: '2018-06', about: 'the June 2018 Singapore summit', summary: 'Russel faulted thin preparation and a unilateral exercise pledge (critic, opinion).', sources: [
    { outlet: 'YaleGlobal (mirror of Foreign Affairs, Russel)', url: 'https://archive-yaleglobal.yale.edu/content/foreign-affairs-historic-breakthrough-or-historic-blunder' },
    { outlet: 'CSIS', url: 'https://www.csis.org/analysis/assessment-singapore-summit' },
  ] },
  // DEB-04: NBC's quotes survive only on scraper sites (pack 12c): the infodecay copy is left out, and
  // McFaul's remark is marked [single report] wherever it is used
  { id: 'DEB-04', date: '2018-06', about: 'the June 2018 Singapore summit', partTags: [{ tag: 'single report', part: 'McFaul\'s remark, from NBC\'s quotes on a scraper site', mentions: ['McFaul'] }], summary: 'Critics said summits and praise lent status to a rights-abusing regime (critic).', sources: [
    { outlet: 'News1st (mirror of NBC News)', url: 'http://news-1st.com/trump-praises-kim-at-summit-but-takes-aim-at-justin-trudeau/' },
  ] },
  // DEB-05: outcomes from 2018 to the SIPRI 2025 figure; the pack dates the SSQ article (Fall 2020), not the ACA page
  { id: 'DEB-05', date: '2018', until: '2025', about: 'outcomes from 2018 to 2025', summary: 'The arsenal and testing grew after the summits; the ACA saw months wasted (critic).', sources: [
    { outlet: 'Arms Control Association', url: 'https://www.armscontrol.org/country/9/date?page=5' },
    { outlet: 'Strategic Studies Quarterly 14:3, Fall 2020 (Grieco)', url: 'https://airuniversity.af.edu/SSQ/Display/Article/2324292/volume-14-issue-3-fall-2020' },
  ] },
  { id: 'DEB-06', date: '2019-02', about: 'the February 2019 Hanoi summit', summary: 'Panda and Narang argued Hanoi was doomed by incompatible demands (critic, opinion).', sources: [
    { outlet: 'MIT CIS (mirror of Foreign Affairs, Panda and Narang)', url: 'https://cis.mit.edu/publications/analysis-opinion/2019/hanoi-summit-was-doomed-start' },
    { outlet: 'Bulletin of the Atomic Scientists', url: 'https://thebulletin.org/2019/02/hot-takes-on-the-hanoi-summit' },
  ] },
  { id: 'DEB-07', date: '2018-06', about: 'the June 2018 Singapore summit', summary: 'Carnegie\'s Miller and Sokolsky argued leader-level talks were the untried option (supporter, opinion).', sources: [
    { outlet: 'Carnegie Endowment (Politico)', url: 'https://carnegieendowment.org/posts/2018/06/why-trump-was-right-to-sit-down-with-kim-jong-un' },
  ] },
  { id: 'DEB-08', date: '2018-06', about: 'the June 2018 Singapore summit', summary: 'Stanford scholars and others credited the summit with easing the 2017 war scare (supporter).', sources: [
    { outlet: 'Stanford CISAC', url: 'https://cisac.fsi.stanford.edu/content/dprk-history-2018-update' },
    { outlet: 'Chicago Council', url: 'https://www.thechicagocouncil.org/blog/global-insight/weeks-reads-summit-retrospect' },
    { outlet: 'Scholastic Upfront', url: 'https://upfront.scholastic.com/issues/2018-19/042219/going-nuclear.html' },
  ] },
  { id: 'DEB-09', date: '2018', about: 'the 2018–19 talks', summary: 'Supporters point to the testing pause, freed detainees and returned remains (supporter).', sources: [
    { outlet: 'Cato Institute', url: 'https://cato.org/publications/commentary/its-time-talk-north-korea' },
  ] },
  // DEB-10: the Foreign Policy op-ed on its own site (pack 12c) replaces the weak wixsite mirror
  { id: 'DEB-10', date: '2019-03-02', published: '2019-03-02', summary: 'Haass judged walking away in Hanoi right; a Foreign Policy op-ed warned against trading Yongbyon for relief (supporter).', sources: [
    { outlet: 'Foreign Policy (opinion)', url: 'https://foreignpolicy.com/2019/03/02/the-push-for-a-trump-kim-nuke-deal-is-far-from-over/' },
    { outlet: 'Scholastic Upfront', url: 'https://upfront.scholastic.com/issues/2018-19/042219/going-nuclear.html' },
  ] },
  { id: 'DEB-11', date: '2018-06', about: 'the June 2018 Singapore summit', summary: 'CSIS and ISIS saw new commitments in leader-level engagement (supporter).', sources: [
    { outlet: 'CSIS', url: 'https://www.csis.org/analysis/assessment-singapore-summit' },
    { outlet: 'ISIS', url: 'https://isis-online.org/isis-reports/detail/institute-statement-on-the-singapore-summit/10' },
  ] },
  // DEB-12: the journal article (March 2021) and the Hecker interview (February 2023); no days given
  { id: 'DEB-12', date: '2021-03', until: '2023-02', published: '2021-03', summary: 'Hecker says US choices also closed openings; Kelly and Derr blame Pyongyang (both sides).', sources: [
    { outlet: 'Bulletin of the Atomic Scientists (Hecker interview)', url: 'https://thebulletin.org/2023/02/interview-siegfried-hecker-explains-how-washington-and-pyongyang-missed-chances/amp' },
    { outlet: 'Korean Journal of Defense Analysis 33:1 (DOI)', url: 'https://doi.org/10.22883/kjda.2021.33.1.002' },
  ] },

  // 10. Numbers for charts
  { id: 'NUM-01', date: '2026-04-21', summary: 'Ballistic missiles launched per year by CNS count, with launch days and ICBM flights.', sources: [
    { outlet: 'CNS North Korea Missile Test Database (NTI)', url: 'https://www.nti.org/analysis/articles/understanding-north-koreas-missile-tests/' },
    { outlet: 'nagix/nk-missile-tests (mirror of the CNS database\'s data)', url: 'https://github.com/nagix/nk-missile-tests' },
  ] },
  // NUM-02: date of the Nikkei report (Jan. 2023, no day); CSIS's 99 for 2022 is left out: the pack has it only
  // through JBpress, which it lists as still weak
  { id: 'NUM-02', date: '2023-01', published: '2023-01', partTags: [{ tag: 'weakly sourced', part: 'CSIS\'s count of 99 for 2022, relayed only by JBpress', mentions: ['99', 'CSIS'] }], summary: '2022 counts run from 59 to about 73, by counter.', sources: [
    { outlet: 'Nikkei', url: 'https://asia.nikkei.com/Spotlight/N-Korea-at-crossroads/Kim-Jong-Un-s-Achilles-heel-lies-in-weak-air-defense' },
    { outlet: 'TRT World', url: 'https://www.trtworld.com/article/12779306' },
    { outlet: 'TIME', url: 'https://time.com/6266737/north-korea-ballistic-missile-tests-2023' },
    { outlet: 'Statista', url: 'https://www.statista.com/chart/9172/north-korea-missile-tests-timeline/' },
  ] },
  // NUM-03: date of the Bloomberg list
  { id: 'NUM-03', date: '2017-09-04', summary: 'Six nuclear tests, 2006 to 2017, all at Punggye-ri, with magnitudes and yields.', sources: [
    { outlet: 'Business Standard (Bloomberg list)', url: 'http://www.business-standard.com/article/international/north-korea-s-relentless-march-to-nuclear-prowess-117090400225_1.html' },
    { outlet: 'USA Today', url: 'https://www.usatoday.com/story/news/world/2016/09/09/north-koreas-5-nuclear-tests/90112694/' },
    { outlet: 'CSIS Missile Threat', url: 'https://missilethreat.csis.org/north-korea-conducts-6th-nuclear-test/' },
  ] },
  // NUM-04: date of the latest yearbook report cited (SIPRI 2025)
  { id: 'NUM-04', date: '2025-06-16', summary: 'SIPRI warhead estimates by yearbook, with a change of method in 2022.', sources: [
    { outlet: 'UPI via Gephardt Daily', url: 'https://gephardtdaily.com/national-international/north-korea-can-make-10-20-nuclear-warheads-think-tank-says/' },
    { outlet: 'SIPRI press release (Yearbook 2018)', url: 'https://sipri.org/media/press-release/2018/modernization-nuclear-weapons-continues-number-peacekeepers-declines-new-sipri-yearbook-out-now' },
    { outlet: 'UPI', url: 'https://www.upi.com/Top_News/World-News/2020/06/15/North-Korea-could-have-40-nuclear-weapons-Swedish-think-tank-says/6981592226924/' },
    { outlet: 'KBS World (2021)', url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=162159' },
    { outlet: 'Kyodo', url: 'https://english.kyodonews.net/news/2022/06/e292e176ff0e-n-korea-has-now-20-nuclear-warheads-at-most-think-tank-report.html' },
    { outlet: 'KBS World (2023)', url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=178406' },
    { outlet: 'KBS World (2024)', url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186101' },
    { outlet: 'Aju Press', url: 'https://www.ajupress.com/view/20250616111825705' },
  ] },
  // NUM-06: the replica's 2025 count (preliminary) and the first 2026 launch; allthe.news is weakly sourced and
  // left out (Yonhap/AFP via VietnamKorea carries the same "6th launch" count)
  { id: 'NUM-06', date: '2025', until: '2026-04', partTags: [{ tag: 'weakly sourced', part: 'an aggregator\'s copy of the "6th launch" count', mentions: ['aggregator', 'allthe.news'] }], summary: 'CNS count for 2025: 11 missiles on 6 launch days, preliminary; no database count after April 18, 2026.', sources: [
    { outlet: 'nagix/nk-missile-tests (mirror of the CNS database\'s data)', url: 'https://github.com/nagix/nk-missile-tests' },
    { outlet: 'VietnamKorea (Yonhap/AFP)', url: 'https://www.vietnamkorea-vcjg.com/ko/han-quoc-noi-trieu-tien-phong-thu-ten-lua-dan-dao-ko' },
    { outlet: 'Newspim', url: 'https://member.newspim.com/news/view/20251107000596' },
  ] },
]

const byId = new Map(bibliography.map(entry => [entry.id, entry]))

export function isKnownSource(id: string): boolean {
  return byId.has(id)
}

export function sourceById(id: string): BibliographyEntry {
  const found = byId.get(id)
  if (!found)
    throw new Error(`Unknown citation id "${id}": add it to data/sources.ts or fix the id.`)
  return found
}

// Eight fit every page with room to spare (nine overflowed a page of long entries by 15 px).
export const SOURCES_PER_PAGE = 7
export const SOURCE_PAGES = Math.ceil(bibliography.length / SOURCES_PER_PAGE)

/** The entries shown on page `page` (1-based) of the Sources chapter. */
export function sourcesOnPage(page: number): BibliographyEntry[] {
  if (!Number.isInteger(page) || page < 1 || page > SOURCE_PAGES)
    throw new Error(`Sources page ${page} does not exist: pages run from 1 to ${SOURCE_PAGES}.`)
  return bibliography.slice((page - 1) * SOURCES_PER_PAGE, page * SOURCES_PER_PAGE)
}

/** The Sources page (1-based) that lists citation `id`. */
export function sourcePageOf(id: string): number {
  sourceById(id)
  return Math.floor(bibliography.findIndex(entry => entry.id === id) / SOURCES_PER_PAGE) + 1
}
