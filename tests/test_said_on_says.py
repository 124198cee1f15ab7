"""The present "says" in a dated news report: fresh words of a named speaker, or a view held.

conventions.md reads the present by what it reports: words freshly given in a news or broadcast
report take the default window like "said"; a standing position or habit is null. The lead's
decision of round 12 makes it plain for a dated news report, told in the past or in the present: a
"says", "tells" or "adds" (and the like: "explains", "warns", "argues") whose speaker is a named
person, a titled or described individual ("the mayor", "a spokesperson", "one mother") or a named
body ("Metrolinx", "the RCMP") gives fresh words, whatever the reported clause tells (another's
deed, a plan, a judgement). It stays null for (a) a generic or unnamed group ("critics say",
"some residents say"), (b) a verb of a standing view ("maintains", a body's "insists",
"believes", "has said", "has long said"), (c) a clause that tells a habit or a standing quality
of the speaker ("says she always walks", "says he is a night owl"), (d) a profile or feature
whose "says" run through a life story with no news of the day.

Each passage is our own writing in one press's style; its expected said_on was set by those
rules before it was run. Passages are dated Tuesday 4 November 2025 unless a case says
otherwise: a fresh quote may fall from Saturday 1 to Tuesday 4 November (FRESH), and a quote
after Monday's event from Monday 3 to Tuesday 4. A case's id starts with the press it imitates:
ca (Canada), us, uk, au (Australia), wire.
"""
from __future__ import annotations

import pytest

from test_canadian import Q
from test_canadian_placing import article_differences, article_params

DATE = "2025-11-04"  # a Tuesday
FRESH = ("2025-11-01", DATE)
AFTER_MONDAY = ("2025-11-03", DATE)
SAT = "2025-11-01"
NONE = None


def on(said_on) -> Q:
    return Q(said_on=said_on)


# A report told in the past about Monday's event, with two "said" before the case's sentence.
RAIL = ("Trains on the Eastside line ran at half speed on Monday after a signal failure near "
        "Pape station, the second this month.\n\n"
        "“Riders deserve better than this,” city councillor Ana Silva said.\n\n"
        "Transit advocate Omar Haddad said the failures had become routine.\n\n")
LIBRARY = ("Milltown council voted 7-4 on Monday to close the Dundas Street library branch at the "
           "end of the year.\n\n"
           "“This is a sad day for the neighbourhood,” Mayor Lise Park said.\n\n"
           "Library board chair Tom Reed said the decision was made with a heavy heart.\n\n")
STORM = ("Gales brought down trees and power lines across the north of England on Monday, and "
         "thousands of homes were still without power last night.\n\n"
         "“It was the worst night I can remember,” said Margaret Hollis, 78, of Kendal.\n\n"
         "Police said three roads remained closed.\n\n")
SHOOTING = ("A sheriff's deputy shot and wounded a man during a traffic stop on Interstate 35 on "
            "Monday morning, the Hays County Sheriff's Office said.\n\n"
            "“The deputy feared for his life,” Sheriff Dan Morrow said at a briefing.\n\n"
            "The man was taken to a hospital in Austin, officials said.\n\n")
SCHOOL = ("Parents at Ridgeview Primary in western Sydney kept about 200 children home on Monday "
          "in protest at the loss of two teachers.\n\n"
          "“We have had enough,” said parents' group organiser Kylie Marsh.\n\n"
          "The school's principal said the staffing levels were set by the department.\n\n")


ARTICLES = [
    # A named body, person or titled individual in a report told in the past: fresh --------------
    ("ca-a-named-body-s-plan-to-come", DATE,
     RAIL + "Metrolinx says the line will be back at full speed by the weekend.",
     [("Riders deserve", on(AFTER_MONDAY)), ("become routine", on(AFTER_MONDAY)),
      ("back at full speed", on(AFTER_MONDAY))]),
    ("ca-a-councillor-s-says-of-the-council-s-next-vote", DATE,
     LIBRARY + "Councillor Jo Amis says the council will vote on the closure again in March.",
     [("sad day", on(AFTER_MONDAY)), ("heavy heart", on(AFTER_MONDAY)), ("vote on the closure", on(AFTER_MONDAY))]),
    ("ca-a-rider-s-says-of-a-promise-made-to-others", DATE,
     RAIL + "Haddad says riders were promised a fix after the last failure.",
     [("promised a fix", on(AFTER_MONDAY))]),
    ("ca-tells-cbc-news-of-the-union-s-plan", DATE,
     RAIL + "Union local president Mark Benoit tells CBC News the drivers will file a grievance.",
     [("file a grievance", on(AFTER_MONDAY))]),
    ("ca-the-rcmp-says-of-a-suspect", DATE,
     "Two men were arrested on Monday after a break-in at a pharmacy in Moncton, N.B.\n\n"
     "“The public was never at risk,” Cpl. Anne Leblanc said.\n\nThe pharmacy's owner said nothing of "
     "value was taken.\n\nThe RCMP says a third man is still being sought.",
     [("never at risk", on(AFTER_MONDAY)), ("nothing of value", on(AFTER_MONDAY)),
      ("third man", on(AFTER_MONDAY))]),
    ("ca-health-canada-says-of-a-product", DATE,
     "Health Canada recalled two lots of a children's cough syrup on Monday after tests found too "
     "much of the active ingredient.\n\nThe maker said it had stopped shipping the syrup.\n\n"
     "A pharmacist in Halifax said parents had been calling all day.\n\n"
     "Health Canada says no injuries have been reported.",
     [("stopped shipping", on(AFTER_MONDAY)), ("calling all day", on(AFTER_MONDAY)),
      ("no injuries", on(AFTER_MONDAY))]),
    ("ca-one-mother-says-of-her-son", DATE,
     SCHOOL.replace("western Sydney", "north Regina").replace("organiser", "organizer")
     + "One mother says her son's class has had four supply teachers since September.",
     [("four supply teachers", on(AFTER_MONDAY))]),
    ("ca-a-spokesperson-says-of-a-deadline", DATE,
     RAIL + "A spokesperson for the transit agency says crews replaced the faulty switch overnight.",
     [("faulty switch", on(AFTER_MONDAY))]),
    ("ca-the-mayor-adds-of-the-cost", DATE,
     LIBRARY + "The mayor adds that the city will cover the cost of moving the collection.",
     [("cover the cost", on(AFTER_MONDAY))]),
    ("ca-a-board-chair-explains-a-figure", DATE,
     LIBRARY + "Reed explains that the branch lost half its visitors in five years.",
     [("lost half its visitors", on(AFTER_MONDAY))]),
    ("ca-a-named-person-s-judgement", DATE,
     LIBRARY + "Reed says the closure is a mistake the city will regret.",
     [("a mistake", on(AFTER_MONDAY))]),
    ("us-a-sheriff-says-the-suspect-fled", DATE,
     SHOOTING + "Morrow says the man reached for a gun in the car's console.",
     [("feared for his life", on(AFTER_MONDAY)), ("reached for a gun", on(AFTER_MONDAY))]),
    ("us-a-spokesperson-says-the-deputies-followed-policy", DATE,
     SHOOTING + "A spokesperson for the county says the deputy followed department policy.",
     [("followed department policy", on(AFTER_MONDAY))]),
    ("us-the-governor-warns", DATE,
     "A winter storm dropped up to a foot of snow across western New York on Monday, closing "
     "schools and snarling traffic on the Thruway.\n\nState police said more than 40 crashes were "
     "reported.\n\n“Stay home if you can,” Gov. Kathy Lindell said.\n\n"
     "The governor warns that the worst of the storm is still to come.",
     [("40 crashes", on(AFTER_MONDAY)), ("Stay home", on(AFTER_MONDAY)), ("still to come", on(AFTER_MONDAY))]),
    ("us-a-direct-quote-that-explains", DATE,
     SHOOTING + "“He made a choice that night,” explains Capt. Luis Ortega, who leads the unit.",
     [("made a choice", on(AFTER_MONDAY))]),
    ("uk-network-rail-says-of-the-weekend", DATE,
     STORM + "Network Rail says engineers will work through the night to clear the West Coast main line.",
     [("worst night", on(AFTER_MONDAY)), ("three roads", on(AFTER_MONDAY)), ("work through the night", on(AFTER_MONDAY))]),
    ("uk-a-resident-tells-the-bbc", DATE,
     STORM + "Another resident, John Pryce, tells the BBC his garden wall was flattened.",
     [("garden wall", on(AFTER_MONDAY))]),
    ("uk-a-shadow-minister-argues", DATE,
     STORM + "Labour's transport spokesman Tom Reed argues the cuts to maintenance left the lines exposed.",
     [("left the lines exposed", on(AFTER_MONDAY))]),
    ("uk-a-manager-insists", DATE,
     "Rovers lost 3-0 at home to City on Saturday, their fifth defeat in a row.\n\n"
     "“We were second best all over the pitch,” manager Gareth Lowe said.\n\n"
     "Captain Dean Price said the players had let the fans down.\n\n"
     "Lowe insists his side can still climb out of the bottom three.",
     [("second best", on((SAT, DATE))), ("let the fans down", on((SAT, DATE))),
      ("climb out", on((SAT, DATE)))]),
    ("au-the-premier-says-the-state-will-pay", DATE,
     SCHOOL + "The premier says the state will pay for two extra teachers from next term.",
     [("We have had enough", on(AFTER_MONDAY)), ("staffing levels", on(AFTER_MONDAY)),
      ("two extra teachers", on(AFTER_MONDAY))]),
    ("au-one-mother-tells-the-abc", DATE,
     SCHOOL + "One mother tells the ABC her daughter was sent home twice last term.",
     [("sent home", on(AFTER_MONDAY))]),
    ("wire-the-ministry-says-of-a-withdrawal", "1995-03-14",
     "MOSCOW (AP) — Russian troops pulled back from two villages south of Grozny on Monday, a "
     "military spokesman said.\n\nChechen fighters said they had retaken both villages.\n\n"
     "The Defense Ministry says the withdrawal will be complete by the end of the week.",
     [("pulled back", on(("1995-03-13", "1995-03-14"))), ("retaken", on(("1995-03-13", "1995-03-14"))),
      ("withdrawal will be complete", on(("1995-03-13", "1995-03-14")))]),
    ("wire-a-named-official-says-of-talks", "1998-06-10",
     "GENEVA (Reuters) - Talks on a new trade pact broke off on Tuesday without agreement.\n\n"
     "“There is still a gap,” the chief negotiator, Hans Keller, said.\n\n"
     "Keller says both sides will meet again in July.",
     [("still a gap", on(("1998-06-09", "1998-06-10"))), ("meet again", on(("1998-06-09", "1998-06-10")))]),
    ("ca-a-report-with-no-day-whose-lede-is-a-deed-done", DATE,
     "The province has cut its grant to the Milltown clinics by a third.\n\n"
     "“It is a disgrace,” clinic director Ana Silva said.\n\nThe health minister said the money "
     "would go to hospitals.\n\nSilva says two of the clinics will close by spring.",
     [("disgrace", on(FRESH)), ("go to hospitals", on(FRESH)), ("will close by spring", on(FRESH))]),

    # A report told in the present, as radio and some papers write it ------------------------------
    ("ca-radio-told-in-the-present", DATE,
     "Firefighters are still at the scene of a fire that gutted a row of shops on Main Street "
     "in Milltown on Monday night.\n\n“We lost everything,” says shop owner Peter Hale.\n\n"
     "Fire chief Ann Roy says the cause is not known yet.",
     [("lost everything", on(AFTER_MONDAY)), ("cause is not known", on(AFTER_MONDAY))]),
    ("ca-radio-told-in-the-present-with-critics", DATE,
     "The city is moving ahead with its plan to put bike lanes on Bloor Street, after a vote on "
     "Monday.\n\nCouncillor Jo Amis says work will start in the spring.\n\n"
     "Critics say the lanes will hurt the shops.",
     [("start in the spring", on(AFTER_MONDAY)), ("hurt the shops", on(NONE))]),
    ("uk-bbc-told-in-the-present-with-a-body-that-maintains", DATE,
     "Parents in Leeds say they were not told a school was closing until Monday.\n\n"
     "Mother-of-two Sarah Kent says she found out from a post on Facebook.\n\n"
     "The council maintains the consultation was fair.",
     [("found out", on(AFTER_MONDAY)), ("consultation was fair", on(NONE))]),

    # Standing verbs: null -------------------------------------------------------------------------
    ("ca-a-body-insists", DATE,
     LIBRARY + "The city insists the branch costs too much to keep open.",
     [("costs too much", on(NONE))]),
    ("ca-a-company-maintains", DATE,
     RAIL + "The signal maker maintains its equipment meets every standard.",
     [("meets every standard", on(NONE))]),
    ("ca-a-person-has-said", DATE,
     LIBRARY + "Park has said the city cannot afford every branch.",
     [("cannot afford", on(NONE))]),
    ("us-a-person-has-long-said", DATE,
     SHOOTING + "Morrow has long said his deputies need body cameras.",
     [("body cameras", on(NONE))]),
    ("uk-has-long-maintained", DATE,
     STORM + "The company has long maintained that the network is safe.",
     [("network is safe", on(NONE))]),

    # Generic or unnamed groups: null --------------------------------------------------------------
    ("ca-critics-say-of-a-plan", DATE,
     RAIL + "Critics say the line will never run on time.",
     [("never run on time", on(NONE))]),
    ("us-experts-say", DATE,
     SHOOTING + "Experts say traffic stops are among the most dangerous moments of police work.",
     [("most dangerous", on(NONE))]),
    ("ca-some-residents-say", DATE,
     LIBRARY + "Some residents say the branch was never busy enough.",
     [("busy enough", on(NONE))]),
    ("au-many-teachers-say", DATE,
     SCHOOL + "Many teachers say the workload has become too heavy.",
     [("too heavy", on(NONE))]),
    ("uk-opponents-argue", DATE,
     STORM + "Opponents of the wind farm argue the turbines spoil the view.",
     [("spoil the view", on(NONE))]),
    ("us-doctors-warn", DATE,
     SHOOTING + "Doctors warn that gun injuries are rising in rural counties.",
     [("rising in rural counties", on(NONE))]),

    # Habits and standing qualities of the speaker: null -------------------------------------------
    ("ca-says-she-always-walks", DATE,
     RAIL + "Silva says she always walks to work when the line is down.",
     [("always walks", on(NONE))]),
    ("us-says-he-checks-every-week", DATE,
     SHOOTING + "Morrow says he reviews every use of force each week.",
     [("every use of force", on(NONE))]),
    ("uk-says-he-is-a-patient-man", DATE,
     "Rovers lost 3-0 at home to City on Saturday.\n\n“We were poor,” manager Gareth Lowe said.\n\n"
     "Captain Dean Price said the players were hurting.\n\nLowe says he is a patient man.",
     [("patient man", on(NONE))]),
    ("ca-tells-cbc-news-of-a-habit", DATE,
     RAIL + "Haddad tells CBC News he checks the service alerts every morning.",
     [("service alerts", on(NONE))]),

    # Profiles and features: null ------------------------------------------------------------------
    ("ca-a-profile-s-life-story", DATE,
     "Ana Silva has run the Milltown food pantry for thirty years, and at 71 she still unlocks "
     "the door herself every morning.\n\nShe says she learned to cook from her grandmother in "
     "the Azores.\n\n“Feeding people is what I know,” she says.\n\nSilva says the pantry keeps her young.",
     [("learned to cook", on(NONE)), ("Feeding people", on(NONE)), ("keeps her young", on(NONE))]),
    ("us-a-feature-s-figure-held", DATE,
     "In the hills outside Asheville, the Blue Ridge Mill has been making wool blankets since "
     "1911, one of the last of its kind.\n\nAlmost 300 textile mills have closed in the state "
     "since 2000, the trade association says.\n\nOwner Ruth Cole says her customers want things "
     "that last.",
     [("textile mills have closed", on(NONE)), ("things that last", on(NONE))]),
    ("uk-a-feature-after-a-dated-scene-long-ago", DATE,
     "On a wet morning in March 1987, Peter Hale walked into the Kendal boatyard as an apprentice. "
     "He never left.\n\nHe says the river taught him patience.\n\nHale says his father thought "
     "boats were a waste of money.",
     [("taught him patience", on(NONE)), ("waste of money", on(NONE))]),

    # "says" after a dated scene of the news: fresh ------------------------------------------------
    ("ca-says-after-saturday-s-scene", DATE,
     "On Saturday, volunteers handed out 300 food hampers from the Milltown pantry before noon.\n\n"
     "Organizer Ana Silva said the line began to form at dawn.\n\n“We ran out by eleven,” she said.\n\n"
     "Silva says the pantry will open a second day each week from December.",
     [("line began", on((SAT, DATE))), ("ran out", on((SAT, DATE))), ("second day", on((SAT, DATE)))]),
    ("au-says-of-another-s-deed-after-a-dated-scene", DATE,
     "Hundreds of people marched through Hobart on Sunday to protest the closure of the city's "
     "last maternity ward.\n\nMidwife Jane Cho said staff were exhausted.\n\n“We are at breaking "
     "point,” she said.\n\nCho says the hospital board ignored two warnings last year.",
     [("exhausted", on(("2025-11-02", DATE))), ("breaking point", on(("2025-11-02", DATE))),
      ("ignored two warnings", on(("2025-11-02", DATE)))]),

    # Own deeds and own plans, as before: fresh ----------------------------------------------------
    ("ca-a-body-s-own-plan", DATE,
     RAIL + "The transit agency says it will post updates on its website every hour.",
     [("post updates", on(AFTER_MONDAY))]),
    ("us-a-person-s-own-deed", DATE,
     SHOOTING + "The deputy's lawyer, Carla Ruiz, says she has asked to see the dashcam video.",
     [("dashcam video", on(AFTER_MONDAY))]),
    ("uk-a-named-charity-says-of-others", DATE,
     STORM + "Age UK says volunteers checked on hundreds of older people overnight.",
     [("volunteers checked", on(AFTER_MONDAY))]),
]

STILL_WRONG: dict[str, str] = {
    "ca-a-named-person-s-judgement": "said_on: a named speaker's clause of a state now ('the closure "
                                     "is a mistake') stays a view: PolNeAR train-placed's tuned part "
                                     "reads 'The Obama administration says that the U.S. military is "
                                     "on the hunt' as null, and dating it put said_on under its floor",
    "ca-a-report-with-no-day-whose-lede-is-a-deed-done": "said_on: a report that names no day of the last "
                                                         "few is not a dated one for the rule; "
                                                         "test_placing.py keeps a named speaker's "
                                                         "paraphrase there a view (SUMMED_UP, TRANSCRIPT)",
    "uk-a-manager-insists": "said_on: a person's 'insists' in a report of news is fresh words by the "
                            "lead's decision (only a body's is standing), but test_placing.py's "
                            "test_a_standing_view_in_the_present_is_not_said_in_the_scene_before_it "
                            "keeps 'Park insists the clinics will reopen' a view: left for the lead",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_said_on_of_the_present_says_in_a_dated_report(text, expected, date):
    assert article_differences(text, expected, date) == []
