"""Given names and the gender they most often go with in English-language news (Canadian,
British and American, with the French, Spanish, Slavic, Arabic, South and East Asian names
common in it). Only a tie-breaker: what an article says of a person (a title, a pronoun, a
role) comes first. A name listed under both goes with neither.
"""
from __future__ import annotations

FEMALE = set("""
aaliyah abby abigail ada adele adriana adrienne agatha agnes agnieszka aisha alana alexa alexandra
alexandria alice alicia alina alisha alison allison alma alyssa amanda amber amelia amira amy ana
anastasia andrea angela angelica angelina angie anita anja anjali ann anna annabelle anne anne-
marie annette annie annika antoinette antonia aoife april ariana arianna ashley astrid audrey
aurora ava ayesha barbara beatrice becky belinda bella bernadette beth bethany betsy betty beverly
beyonce bianca billie birgitta blanche bonnie brenda brianna bridget brigitte britney brittany
bronwyn brooke caitlin camila camilla camille candace cara carla carly carmen carol carolina
caroline carolyn carrie carys cassandra catherine cathy cecilia celeste celia celine cerys chantal
chantale charlene charlotte chelsea cheryl chloe christina christine christy chrystia ciara cindy
claire clara clarissa claudia colleen connie constance cora courtney crystal cynthia daisy dana
danielle daphne daria darlene dawn debbie deborah debra deepa deirdre delia denise diana diane dina
divya dolores dominique donna dora doris dorothy edith edna eileen ekaterina elaine eleanor elena
elin eliza elizabeth ella ellen ellie eloise elsa elsie emilia emily emma erica erika erin esther
eugenia eva evelyn faith farah fatima felicia fiona florence frances francesca francine frederique
freya gabriela gabrielle gail galina gemma genevieve georgia georgina geraldine gertrude ghislaine
gillian gina ginette giselle gladys glenda gloria grace greta gretchen gwen gwendolyn hailey haley
hana hannah harriet hazel heather heidi helen helena helene henrietta hilary hillary hiroko holly
hui ida imogen indira ines ingrid irene irina iris isabel isabella isabelle ivana ivanka jacinda
jackie jacqueline jade jana jane janet janice janine jasmine jean jeanette jeanne jemima jenna
jennifer jenny jessica ji-woo jill jillian jing joan joanna joanne jocelyn jodi jodie jody johanna
johanne josee josephine joy joyce judith judy julia julie juliet juliette june justine kaitlyn
kamala kara karen karina katarzyna kate katelyn katharine katherine kathleen kathryn kathy katie
katrina kavita kay kayla keiko kelly kendra kerry kim kimberly kirsten krista kristen kristiina
kristin kristina kristine lakshmi lana laura lauren laurie layla leah leanne leila lena leona
leslie leyla li lila lillian lily linda lindsay lindsey ling lisa lise liz liza lois lola loretta
lori lorraine louise lucia lucie lucille lucinda lucy ludmila luisa lydia lynn lynne mabel
madeleine madeline madison mae maggie maija malgorzata mallory mandy manon marcia margaret
margarita margit margot maria mariah marian marianne marie marie-claude marie-eve marie-france
marie-josee marie-pier mariko marilyn marina marion marisa marissa marjorie marlene martha martina
martine mary maryam maureen maxine maya meera megan meghan mei melania melanie melinda melissa
melody meredith mia michaela michele michelle mikaela mildred min-ji mindy miranda miriam molly
monica monique morgan muriel myriam na nadia nadine nancy naoko naomi natalia natalie natasha
nathalie neha nellie nia niamh nicola nicole nina nisha noelle noor nora norma oksana olena olga
olivia oprah orla paige pam pamela patricia patty paula paulette pauline pearl peggy penelope penny
philippa phoebe phyllis pooja preeti priscilla priti priya rachel rachelle rani raquel rebecca
regina renee rhian rhonda rihanna rita roberta robin rochelle roisin rosa rosalie rose rosemary
roxanne ruby ruth sabrina sakura sally samantha sana sandra sandy saoirse sara sarah savannah
selena seo-yeon serena shannon shanti sharon sheila shelby shelley sherry shiffrin shirley sian
sigrid simone sinead siobhan sofia solveig sonia sonja sophia sophie stacey stacy steffi stella
stephanie sue sunita susan susanne suzanne svetlana sylvia sylvie tabitha tamara tammy tania tanya
tara tatiana taylor teresa terri tessa thea theresa therese tiffany tina tracey tracy trudy ursula
valerie vanessa venus vera veronica vicki vicky victoria viola violet virginia vivian wanda wendy
whitney wilma xiu yan yasmin yasmine ying yolanda yuki yulia yvette yvonne zainab zoe zoey
""".split())

MALE = set("""
aaron abdel abdelkader abdul abdullah abraham adam adrian ahmad ahmed aidan alain alan albert
alberto alec alejandro aleksandar alessandro alex alexander alexandre alexei alfred alfredo ali
alistair allan alonso alvin amin amir amit anatoly anders andre andreas andrei andres andrew
andrzej andy angelo angus anil anthony antoine anton antonio archie arjun arkady armand arnold
arthur arturo ashok ashton august austin auston axel ayman barack barry bart bashar basil beau ben
benedict benjamin benoit bernard bernie bert bill billy bjorn blair blake bob bobby bogdan boris
brad bradley brandon brendan brent brett brian brody bruce bruno bryan bryce byron caleb callum
calvin cameron carl carlos carson carter cathal cecil cedric cesar chad charles charlie chen
chester chinedu chris christian christoph christophe christopher chuck ciaran claude clayton
clement cliff clifford clint clinton clive cody colby cole colin connor conor conrad cooper corey
cornelius craig curtis cyril dafydd dale dallas damian damien dan daniel danny dante darcy darius
darragh darren darryl dave david dean deepak denis dennis derek derrick desmond devin dexter diego
dimitri dmitri dmitry dominic dominique don donald donovan doug douglas dragan drew duane duncan
dustin dwayne dwight dylan earl ed eddie edgar edmund eduardo edward edwin elias elijah elliot
elliott elmer emanuel emil emile emmanuel enrique eoin eric erik ernest ernesto erwin esteban ethan
etienne euan eugene evan everett evgeni fabian felipe felix fergus fernando fidel finn floyd
francesco francis francis-olivier francisco franck francois frank frankie franklin franz fraser
fred freddie frederic frederick gabriel gareth garrett gary gaston gavin gene geoff geoffrey george
georges gerald gerard gerhard gethin gilbert gilles giovanni giuseppe glen glenn goran gord gordon
graham grant greg gregg gregory grigory guillaume gunnar gustavo guy hamid hamish hamza hank hans
hao harold harpreet harris harrison harry harvey hassan hector helmut henri henrik henry herbert
herman hernan hiroshi howard hubert hugh hugo humberto hunter hussein huw ian ibrahim igor ilya
isaac ismael ivan iwan jack jackson jacob jacques jaden jae-in jagmeet jaime jake jakub jamal james
jamie jamil jared jaromir jaroslav jarrod jason javier jay jayden jean jean-charles jean-claude
jean-denis jean-francois jean-guy jean-luc jean-marc jean-michel jean-paul jean-philippe jean-
pierre jean-sebastien jean-yves jeb jed jeff jeffrey jens jeremiah jeremy jerome jerry jesse jesus
ji-hoon jian jim jimmy joachim joaquin joe joel joey johan johannes john johnny jomo jon jonah
jonathan jordan jorge jose josef joseph josh joshua juan juha julian julien julio julius jun jussi
justin kanye karim karl keir keith kelvin ken kendrick kenji kenneth kenny kent kevin khaled khalid
kieran kirill kirk klaus kobe kofi krzysztof kurt kwame kwasi kyle lamar lance larry lars laurent
lawrence lebron lee lei lennart leo leon leonard leonardo leroy les leslie lewis liam lincoln
lionel lloyd logan lorenzo louis louis-philippe luc luca lucas luigi luis lukasz luke lyle magnus
mahmoud malcolm manish manuel marc marc-andre marcel marcelo marco marcus marek mario marius mark
marshall martin marty marvin mason mathias mathieu mats matt matteo matthew matthias matti maurice
mauricio max maxime maxwell melvin michael michel miguel mike mikhail mikko milan miles milo milos
min-jun ming miroslav mitch mitchell mitt mohamed mohammad mohammed morgan morris moses muhammad
murray mustafa mykola nabil narendra nasir nasser nathan nathaniel navdeep nazem neal ned neil
nelson nicholas nick nico nicolas nigel nikola nikolai nils noah noel norbert norm norman oisin
olaf oleg oleksandr oliver olivier oluwaseun omar ondrej orlando oscar otto owen pablo padraig
paolo pascal pat patrick paul pawel pedro pekka per percy pete peter petro phil philip philippe
phillip pier-luc pierre pierre-luc piotr pradeep pyotr rafael rahul raj rajesh ralph ramesh ramon
randall randy raphael rashid raul ravi ray raymond reggie reginald remi rene reuben rex rhys
ricardo richard rick rickey ricky rishi rob robbie robert roberto robin rocco rodney rodrigo roger
roland rolf roman ron ronald ronnie rory ross roy ruaridh ruben rudolph rudy rupert russ russell
ryan sajid salim salvador sam samer samir samuel sandeep sandy sanjay santiago satoshi saul scott
seamus sean sebastian sebastien serge sergei sergey sergio seth shane shaquille shaun shawn sheldon
sidney simon sipho spencer stan stanley stefan stephane stephen steve steven stewart stuart sunil
suresh sven sylvain takeshi tao tariq ted teddy terence terrance terrence terry thabo thaddeus theo
theodore thierry thomas tiger tim timothy tobias toby todd tom tomasz tommy tony travis trent
trevor tristan troy tucker tyler uhuru ulrich vaclav valentin vasyl vernon victor vijay vikram
vince vincent vito vladimir vladislav volodymyr wade walid wallace walter warren wayne wei wendell
wesley wilfred will willem william willie wilson winston wojciech wolfgang xavier yann yannick
yasser yoshi youssef yuri yusuf yves zachary zack zaid zdenek zoran
""".split())
