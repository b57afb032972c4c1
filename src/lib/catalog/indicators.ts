/**
 * Built-in indicator catalogue: Dutch name, B1 label, unit, definition and which direction is
 * better, for the RIVM/GGD and CBS StatLine indicators users import most. StatLine numbers its
 * topic columns per table (`Roker_11`), so entries are found by the name without that suffix.
 * An indicator that is not here gets `neutraal` until the user says otherwise: it is then never
 * coloured as better or worse.
 */
export type Direction = 'hoger_is_beter' | 'lager_is_beter' | 'neutraal';

export interface CatalogEntry {
	name: string;
	/** Short plain-Dutch label for charts shown to residents (B1). */
	label: string;
	unit: string | null;
	direction: Direction;
	definition: string;
	theme: string;
}

const pct = (
	name: string,
	label: string,
	direction: Direction,
	definition: string,
	theme: string
): CatalogEntry => ({ name, label, unit: '%', direction, definition, theme });

const gezondheid = 'Gezondheid';
const leefstijl = 'Leefstijl';
const welzijn = 'Welzijn en meedoen';
const bestaanszekerheid = 'Bestaanszekerheid';

/** RIVM/CBS/GGD'en "Gezondheid per wijk en buurt" (50090NED), 18 jaar en ouder. */
const rivm: Record<string, CatalogEntry> = {
	ErvarenGezondheidGoedZeerGoed: pct(
		'Ervaren gezondheid goed of zeer goed',
		'Voelt zich gezond',
		'hoger_is_beter',
		'Percentage dat de eigen gezondheid goed of zeer goed noemt.',
		gezondheid
	),
	VoldoetAanBeweegrichtlijn: pct(
		'Voldoet aan beweegrichtlijn',
		'Beweegt genoeg',
		'hoger_is_beter',
		'Percentage dat voldoet aan de beweegrichtlijnen van de Gezondheidsraad (2017).',
		leefstijl
	),
	WekelijkseSporters: pct(
		'Wekelijkse sporters',
		'Sport elke week',
		'hoger_is_beter',
		'Percentage dat minstens één keer per week sport.',
		leefstijl
	),
	Ondergewicht: pct(
		'Ondergewicht',
		'Te licht',
		'neutraal',
		'Percentage met een BMI onder 18,5.',
		leefstijl
	),
	NormaalGewicht: pct(
		'Normaal gewicht',
		'Gezond gewicht',
		'hoger_is_beter',
		'Percentage met een BMI van 18,5 tot 25.',
		leefstijl
	),
	Overgewicht: pct(
		'Overgewicht',
		'Te zwaar',
		'lager_is_beter',
		'Percentage met een BMI van 25 of hoger.',
		leefstijl
	),
	ErnstigOvergewicht: pct(
		'Ernstig overgewicht (obesitas)',
		'Veel te zwaar',
		'lager_is_beter',
		'Percentage met een BMI van 30 of hoger.',
		leefstijl
	),
	Roker: pct('Roker', 'Rookt', 'lager_is_beter', 'Percentage dat rookt.', leefstijl),
	VoldoetAanAlcoholRichtlijn: pct(
		'Voldoet aan alcoholrichtlijn',
		'Drinkt geen of weinig alcohol',
		'hoger_is_beter',
		'Percentage dat geen alcohol drinkt of niet meer dan één glas per dag.',
		leefstijl
	),
	Drinker: pct(
		'Drinker',
		'Drinkt alcohol',
		'neutraal',
		'Percentage dat alcohol drinkt.',
		leefstijl
	),
	ZwareDrinker: pct(
		'Zware drinker',
		'Drinkt veel alcohol op één dag',
		'lager_is_beter',
		'Percentage dat minstens één keer per week 4 (vrouwen) of 6 (mannen) glazen op een dag drinkt.',
		leefstijl
	),
	OvermatigeDrinker: pct(
		'Overmatige drinker',
		'Drinkt te veel alcohol',
		'lager_is_beter',
		'Percentage dat per week meer dan 14 (vrouwen) of 21 (mannen) glazen drinkt.',
		leefstijl
	),
	EenOfMeerLangdurigeAandoeningen: pct(
		'Eén of meer langdurige aandoeningen',
		'Heeft een langdurige ziekte',
		'lager_is_beter',
		'Percentage met één of meer langdurige ziekten of aandoeningen.',
		gezondheid
	),
	BeperktVanwegeGezondheid: pct(
		'Beperkt vanwege gezondheid',
		'Beperkt door gezondheid',
		'lager_is_beter',
		'Percentage dat (ernstig) beperkt is in activiteiten door gezondheidsproblemen.',
		gezondheid
	),
	ErnstigBeperktVanwegeGezondheid: pct(
		'Ernstig beperkt vanwege gezondheid',
		'Ernstig beperkt door gezondheid',
		'lager_is_beter',
		'Percentage dat ernstig beperkt is in activiteiten door gezondheidsproblemen.',
		gezondheid
	),
	LangdurigeZiekteEnBeperkt: pct(
		'Langdurige ziekte en beperkt',
		'Langdurig ziek en beperkt',
		'lager_is_beter',
		'Percentage met een langdurige ziekte dat ook beperkt is door gezondheid.',
		gezondheid
	),
	EenOfMeerLichamelijkeBeperkingen: pct(
		'Eén of meer lichamelijke beperkingen',
		'Heeft een lichamelijke beperking',
		'lager_is_beter',
		'Percentage met een beperking in horen, zien of bewegen.',
		gezondheid
	),
	BeperkingInHoren: pct(
		'Beperking in horen',
		'Hoort slecht',
		'lager_is_beter',
		'Percentage met een beperking in horen.',
		gezondheid
	),
	BeperkingInZien: pct(
		'Beperking in zien',
		'Ziet slecht',
		'lager_is_beter',
		'Percentage met een beperking in zien.',
		gezondheid
	),
	BeperkingInBewegen: pct(
		'Beperking in bewegen',
		'Beweegt moeilijk',
		'lager_is_beter',
		'Percentage met een beperking in bewegen.',
		gezondheid
	),
	MatigHoogRisicoOpAngstOfDepressie: pct(
		'Matig of hoog risico op angststoornis of depressie',
		'Risico op angst of depressie',
		'lager_is_beter',
		'Percentage met een matig of hoog risico op een angststoornis of depressie (K10-vragenlijst).',
		gezondheid
	),
	HoogRisicoOpAngstOfDepressie: pct(
		'Hoog risico op angststoornis of depressie',
		'Hoog risico op angst of depressie',
		'lager_is_beter',
		'Percentage met een hoog risico op een angststoornis of depressie (K10-vragenlijst).',
		gezondheid
	),
	HeelVeelStressInAfgelopen4Weken: pct(
		'(Heel) veel stress in de afgelopen 4 weken',
		'Heeft veel stress',
		'lager_is_beter',
		'Percentage dat de afgelopen 4 weken (heel) veel stress had.',
		gezondheid
	),
	MatigVeelRegieOverEigenLeven: pct(
		'Matig of veel regie over eigen leven',
		'Heeft grip op eigen leven',
		'hoger_is_beter',
		'Percentage met matig of veel regie over het eigen leven.',
		welzijn
	),
	Eenzaam: pct(
		'Eenzaam',
		'Voelt zich eenzaam',
		'lager_is_beter',
		'Percentage dat zich matig tot zeer ernstig eenzaam voelt (De Jong-Gierveld-schaal).',
		welzijn
	),
	ErnstigZeerErnstigEenzaam: pct(
		'Ernstig of zeer ernstig eenzaam',
		'Voelt zich erg eenzaam',
		'lager_is_beter',
		'Percentage dat zich ernstig of zeer ernstig eenzaam voelt.',
		welzijn
	),
	EmotioneelEenzaam: pct(
		'Emotioneel eenzaam',
		'Mist een hechte band',
		'lager_is_beter',
		'Percentage dat zich emotioneel eenzaam voelt: mist een nauwe, hechte relatie.',
		welzijn
	),
	SociaalEenzaam: pct(
		'Sociaal eenzaam',
		'Mist contact met anderen',
		'lager_is_beter',
		'Percentage dat zich sociaal eenzaam voelt: mist een breder netwerk.',
		welzijn
	),
	Mantelzorger: pct(
		'Mantelzorger',
		'Zorgt voor een naaste',
		'neutraal',
		'Percentage dat mantelzorg geeft.',
		welzijn
	),
	Vrijwilligerswerk: pct(
		'Vrijwilligerswerk',
		'Doet vrijwilligerswerk',
		'hoger_is_beter',
		'Percentage dat vrijwilligerswerk doet.',
		welzijn
	),
	LopenEnOfFietsenNaarSchoolOfWerk: pct(
		'Lopen en/of fietsen naar school of werk',
		'Loopt of fietst naar school of werk',
		'hoger_is_beter',
		'Percentage dat lopend of fietsend naar school of werk gaat.',
		leefstijl
	),
	LopenNaarSchoolOfWerk: pct(
		'Lopen naar school of werk',
		'Loopt naar school of werk',
		'hoger_is_beter',
		'Percentage dat lopend naar school of werk gaat.',
		leefstijl
	),
	FietsenNaarSchoolOfWerk: pct(
		'Fietsen naar school of werk',
		'Fietst naar school of werk',
		'hoger_is_beter',
		'Percentage dat fietsend naar school of werk gaat.',
		leefstijl
	),
	ErnstigeGeluidhinderDoorBuren: pct(
		'Ernstige geluidhinder door buren',
		'Veel last van lawaai van buren',
		'lager_is_beter',
		'Percentage dat ernstige geluidhinder door buren ervaart.',
		welzijn
	),
	MoeiteMetRondkomen: pct(
		'Moeite met rondkomen',
		'Moeite met rondkomen',
		'lager_is_beter',
		'Percentage dat moeite heeft om rond te komen van het inkomen van het huishouden.',
		bestaanszekerheid
	)
};

/**
 * CBS Kerncijfers wijken en buurten (84799NED and its yearly versions): the columns a gebiedsscan
 * uses, with CBS's own units. Most of that table is context, so neutral: only a few say which way
 * is better. Columns whose name repeats within the table (`Appartement` for both electricity and
 * gas) are left out: their name alone does not say which one it is.
 */
const context = (
	name: string,
	label: string,
	unit: string,
	definition: string,
	theme: string,
	direction: Direction = 'neutraal'
): CatalogEntry => ({ name, label, unit, direction, definition, theme });

const bevolking = 'Bevolking';
const wonen = 'Wonen';
const inkomen = 'Inkomen';
const zorg = 'Zorg en ondersteuning';
const voorzieningen = 'Voorzieningen in de buurt';
const aantal = 'aantal';
const duizendEuro = 'x 1.000 euro';

const cbs: Record<string, CatalogEntry> = {
	AantalInwoners: context(
		'Aantal inwoners',
		'Inwoners',
		aantal,
		'Aantal inwoners op 1 januari.',
		bevolking
	),
	Mannen: context('Mannen', 'Mannen', aantal, 'Aantal mannen op 1 januari.', bevolking),
	Vrouwen: context('Vrouwen', 'Vrouwen', aantal, 'Aantal vrouwen op 1 januari.', bevolking),
	k_0Tot15Jaar: context(
		'Inwoners van 0 tot 15 jaar',
		'Kinderen tot 15 jaar',
		aantal,
		'Aantal inwoners van 0 tot 15 jaar op 1 januari.',
		bevolking
	),
	k_15Tot25Jaar: context(
		'Inwoners van 15 tot 25 jaar',
		'Jongeren van 15 tot 25 jaar',
		aantal,
		'Aantal inwoners van 15 tot 25 jaar op 1 januari.',
		bevolking
	),
	k_25Tot45Jaar: context(
		'Inwoners van 25 tot 45 jaar',
		'Mensen van 25 tot 45 jaar',
		aantal,
		'Aantal inwoners van 25 tot 45 jaar op 1 januari.',
		bevolking
	),
	k_45Tot65Jaar: context(
		'Inwoners van 45 tot 65 jaar',
		'Mensen van 45 tot 65 jaar',
		aantal,
		'Aantal inwoners van 45 tot 65 jaar op 1 januari.',
		bevolking
	),
	k_65JaarOfOuder: context(
		'Inwoners van 65 jaar of ouder',
		'65-plussers',
		aantal,
		'Aantal inwoners van 65 jaar of ouder op 1 januari.',
		bevolking
	),
	Ongehuwd: context(
		'Ongehuwd',
		'Nooit getrouwd',
		aantal,
		'Aantal inwoners dat nooit getrouwd is geweest.',
		bevolking
	),
	Gehuwd: context(
		'Gehuwd',
		'Getrouwd',
		aantal,
		'Aantal inwoners dat getrouwd is (of een geregistreerd partnerschap heeft).',
		bevolking
	),
	Gescheiden: context(
		'Gescheiden',
		'Gescheiden',
		aantal,
		'Aantal inwoners dat gescheiden is.',
		bevolking
	),
	Verweduwd: context(
		'Verweduwd',
		'Weduwe of weduwnaar',
		aantal,
		'Aantal inwoners van wie de partner is overleden.',
		bevolking
	),
	WestersTotaal: context(
		'Westerse migratieachtergrond',
		'Westerse migratieachtergrond',
		aantal,
		'Aantal inwoners met een westerse migratieachtergrond (indeling van CBS tot 2022).',
		bevolking
	),
	NietWestersTotaal: context(
		'Niet-westerse migratieachtergrond',
		'Niet-westerse migratieachtergrond',
		aantal,
		'Aantal inwoners met een niet-westerse migratieachtergrond (indeling van CBS tot 2022).',
		bevolking
	),
	Marokko: context(
		'Migratieachtergrond Marokko',
		'Achtergrond Marokko',
		aantal,
		'Aantal inwoners met een Marokkaanse migratieachtergrond.',
		bevolking
	),
	NederlandseAntillenEnAruba: context(
		'Migratieachtergrond Nederlandse Antillen en Aruba',
		'Achtergrond Antillen en Aruba',
		aantal,
		'Aantal inwoners met een migratieachtergrond uit de (voormalige) Nederlandse Antillen of Aruba.',
		bevolking
	),
	Suriname: context(
		'Migratieachtergrond Suriname',
		'Achtergrond Suriname',
		aantal,
		'Aantal inwoners met een Surinaamse migratieachtergrond.',
		bevolking
	),
	Turkije: context(
		'Migratieachtergrond Turkije',
		'Achtergrond Turkije',
		aantal,
		'Aantal inwoners met een Turkse migratieachtergrond.',
		bevolking
	),
	OverigNietWesters: context(
		'Overige niet-westerse migratieachtergrond',
		'Andere niet-westerse achtergrond',
		aantal,
		'Aantal inwoners met een andere niet-westerse migratieachtergrond.',
		bevolking
	),
	HuishoudensZonderKinderen: context(
		'Huishoudens zonder kinderen',
		'Huishoudens zonder kinderen',
		aantal,
		'Aantal huishoudens van twee of meer personen zonder kinderen.',
		bevolking
	),
	GeboorteRelatief: context(
		'Geboorte per 1.000 inwoners',
		'Geboren kinderen per 1.000 inwoners',
		'per 1.000 inwoners',
		'Aantal levend geboren kinderen in het jaar, per 1.000 inwoners.',
		bevolking
	),
	HuishoudensTotaal: context(
		'Huishoudens',
		'Huishoudens',
		aantal,
		'Aantal particuliere huishoudens op 1 januari.',
		bevolking
	),
	Eenpersoonshuishoudens: context(
		'Eenpersoonshuishoudens',
		'Mensen die alleen wonen',
		aantal,
		'Aantal huishoudens van één persoon.',
		bevolking
	),
	HuishoudensMetKinderen: context(
		'Huishoudens met kinderen',
		'Gezinnen met kinderen',
		aantal,
		'Aantal huishoudens met kinderen, ook met één ouder.',
		bevolking
	),
	GemiddeldeHuishoudensgrootte: context(
		'Gemiddelde huishoudensgrootte',
		'Personen per huishouden',
		'personen per huishouden',
		'Gemiddeld aantal personen per particulier huishouden.',
		bevolking
	),
	Bevolkingsdichtheid: context(
		'Bevolkingsdichtheid',
		'Inwoners per km²',
		'per km²',
		'Aantal inwoners per vierkante kilometer land.',
		bevolking
	),
	Woningvoorraad: context(
		'Woningvoorraad',
		'Woningen',
		aantal,
		'Aantal woningen op 1 januari.',
		wonen
	),
	GemiddeldeWoningwaarde: context(
		'Gemiddelde WOZ-waarde van woningen',
		'Waarde van een woning',
		duizendEuro,
		'Gemiddelde WOZ-waarde van de woningen, in duizenden euro.',
		wonen
	),
	PercentageEengezinswoning: context(
		'Eengezinswoningen',
		'Eengezinswoningen',
		'%',
		'Deel van de woningen dat een eengezinswoning is.',
		wonen
	),
	PercentageOnbewoond: context(
		'Onbewoonde woningen',
		'Lege woningen',
		'%',
		'Deel van de woningen waar op 1 januari niemand woonde.',
		wonen
	),
	Koopwoningen: context(
		'Koopwoningen',
		'Koopwoningen',
		'%',
		'Deel van de woningen dat eigendom is van de bewoner.',
		wonen
	),
	HuurwoningenTotaal: context(
		'Huurwoningen',
		'Huurwoningen',
		'%',
		'Deel van de woningen dat een huurwoning is.',
		wonen
	),
	InBezitWoningcorporatie: context(
		'Huurwoningen van een woningcorporatie',
		'Huurwoningen van een corporatie',
		'%',
		'Deel van de woningen dat een woningcorporatie verhuurt.',
		wonen
	),
	BouwjaarVanaf2000: context(
		'Woningen gebouwd vanaf 2000',
		'Nieuwe woningen (vanaf 2000)',
		'%',
		'Deel van de woningen met bouwjaar 2000 of later.',
		wonen
	),
	GemiddeldElektriciteitsverbruikTotaal: context(
		'Gemiddeld elektriciteitsverbruik',
		'Stroomverbruik per woning',
		'kWh',
		'Gemiddeld elektriciteitsverbruik per woning per jaar.',
		wonen
	),
	GemiddeldAardgasverbruikTotaal: context(
		'Gemiddeld aardgasverbruik',
		'Gasverbruik per woning',
		'm³',
		'Gemiddeld aardgasverbruik per woning per jaar.',
		wonen
	),
	NettoArbeidsparticipatie: context(
		'Netto arbeidsparticipatie',
		'Mensen met werk',
		'%',
		'Deel van de inwoners van 15 tot 75 jaar dat betaald werk heeft.',
		'Werk',
		'hoger_is_beter'
	),
	GemiddeldInkomenPerInwoner: context(
		'Gemiddeld inkomen per inwoner',
		'Inkomen per inwoner',
		duizendEuro,
		'Gemiddeld persoonlijk inkomen per inwoner, in duizenden euro per jaar.',
		inkomen
	),
	GemiddeldInkomenPerInkomensontvanger: context(
		'Gemiddeld inkomen per inkomensontvanger',
		'Inkomen per persoon met inkomen',
		duizendEuro,
		'Gemiddeld persoonlijk inkomen van wie een inkomen heeft, in duizenden euro per jaar.',
		inkomen
	),
	k_40PersonenMetLaagsteInkomen: context(
		'Personen met een laag inkomen (laagste 40%)',
		'Mensen met een laag inkomen',
		'%',
		'Deel van de inwoners met een inkomen bij de laagste 40% van Nederland.',
		inkomen
	),
	HuishoudensMetEenLaagInkomen: context(
		'Huishoudens met een laag inkomen',
		'Huishoudens met weinig geld',
		'%',
		'Deel van de huishoudens met een inkomen onder de lage-inkomensgrens van CBS.',
		inkomen,
		'lager_is_beter'
	),
	HuishOnderOfRondSociaalMinimum: context(
		'Huishoudens onder of rond het sociaal minimum',
		'Huishoudens rond het minimum',
		'%',
		'Deel van de huishoudens met een inkomen tot 105% van het sociaal minimum.',
		inkomen,
		'lager_is_beter'
	),
	MediaanVermogenVanParticuliereHuish: context(
		'Mediaan vermogen van huishoudens',
		'Vermogen van een huishouden',
		duizendEuro,
		'Het middelste vermogen (bezit min schulden) van de huishoudens, in duizenden euro.',
		inkomen
	),
	PersonenPerSoortUitkeringBijstand: context(
		'Personen met bijstand',
		'Mensen met bijstand',
		aantal,
		'Aantal mensen met een bijstandsuitkering (Participatiewet).',
		inkomen
	),
	PersonenPerSoortUitkeringWW: context(
		'Personen met WW',
		'Mensen met WW',
		aantal,
		'Aantal mensen met een werkloosheidsuitkering.',
		inkomen
	),
	PersonenPerSoortUitkeringAO: context(
		'Personen met een arbeidsongeschiktheidsuitkering',
		'Mensen met een AO-uitkering',
		aantal,
		'Aantal mensen met een uitkering omdat ze (deels) niet kunnen werken.',
		inkomen
	),
	PersonenPerSoortUitkeringAOW: context(
		'Personen met AOW',
		'Mensen met AOW',
		aantal,
		'Aantal mensen met een AOW-pensioen.',
		inkomen
	),
	PercentageJongerenMetJeugdzorg: context(
		'Jongeren met jeugdzorg',
		'Jongeren met jeugdhulp',
		'%',
		'Deel van de jongeren tot 23 jaar met jeugdhulp, jeugdbescherming of jeugdreclassering.',
		zorg
	),
	WmoClientenRelatief: context(
		'Wmo-cliënten per 1.000 inwoners',
		'Mensen met Wmo-hulp',
		'per 1.000 inwoners',
		'Aantal mensen met hulp uit de Wmo (maatwerk), per 1.000 inwoners.',
		zorg
	),
	PersonenautoSPerHuishouden: context(
		"Personenauto's per huishouden",
		'Auto’s per huishouden',
		'per huishouden',
		'Gemiddeld aantal personenauto’s per huishouden.',
		'Vervoer'
	),
	PersonenautoSTotaal: context(
		"Personenauto's",
		'Auto’s',
		aantal,
		'Aantal personenauto’s op 1 januari.',
		'Vervoer'
	),
	PersonenautoSBrandstofBenzine: context(
		"Personenauto's op benzine",
		'Auto’s op benzine',
		aantal,
		'Aantal personenauto’s die op benzine rijden.',
		'Vervoer'
	),
	PersonenautoSOverigeBrandstof: context(
		"Personenauto's op andere brandstof",
		'Auto’s op andere brandstof',
		aantal,
		'Aantal personenauto’s die niet op benzine rijden (diesel, elektrisch, gas).',
		'Vervoer'
	),
	PersonenautoSNaarOppervlakte: context(
		"Personenauto's per km²",
		'Auto’s per km²',
		'per km²',
		'Aantal personenauto’s per vierkante kilometer land.',
		'Vervoer'
	),
	Motorfietsen: context(
		'Motorfietsen',
		'Motoren',
		aantal,
		'Aantal motorfietsen op 1 januari.',
		'Vervoer'
	),
	AfstandTotHuisartsenpraktijk: context(
		'Afstand tot huisartsenpraktijk',
		'Afstand tot de huisarts',
		'km',
		'Gemiddelde afstand over de weg tot de dichtstbijzijnde huisartsenpraktijk.',
		voorzieningen
	),
	AfstandTotGroteSupermarkt: context(
		'Afstand tot grote supermarkt',
		'Afstand tot de supermarkt',
		'km',
		'Gemiddelde afstand over de weg tot de dichtstbijzijnde grote supermarkt.',
		voorzieningen
	),
	AfstandTotKinderdagverblijf: context(
		'Afstand tot kinderdagverblijf',
		'Afstand tot de kinderopvang',
		'km',
		'Gemiddelde afstand over de weg tot het dichtstbijzijnde kinderdagverblijf.',
		voorzieningen
	),
	AfstandTotSchool: context(
		'Afstand tot school',
		'Afstand tot school',
		'km',
		'Gemiddelde afstand over de weg tot de dichtstbijzijnde school.',
		voorzieningen
	),
	ScholenBinnen3Km: context(
		'Scholen binnen 3 km',
		'Scholen dichtbij',
		'scholen (gemiddeld)',
		'Gemiddeld aantal scholen binnen 3 kilometer over de weg.',
		voorzieningen
	),
	BedrijfsvestigingenTotaal: context(
		'Bedrijfsvestigingen',
		'Bedrijven',
		aantal,
		'Aantal vestigingen van bedrijven.',
		'Werk'
	),
	OppervlakteTotaal: context(
		'Oppervlakte totaal',
		'Oppervlakte',
		'ha',
		'Oppervlakte van land en water samen, in hectare.',
		'Oppervlakte'
	),
	OppervlakteWater: context(
		'Oppervlakte water',
		'Oppervlakte water',
		'ha',
		'Oppervlakte water in hectare.',
		'Oppervlakte'
	),
	Omgevingsadressendichtheid: context(
		'Omgevingsadressendichtheid',
		'Adressen in de omgeving',
		'per km²',
		'Gemiddeld aantal adressen per km² in een kring van 1 kilometer: een maat voor hoe stedelijk het is.',
		'Oppervlakte'
	),
	OppervlakteLand: context(
		'Oppervlakte land',
		'Oppervlakte land',
		'ha',
		'Oppervlakte land in hectare.',
		'Oppervlakte'
	),
	MateVanStedelijkheid: context(
		'Mate van stedelijkheid',
		'Hoe stedelijk',
		'klasse 1-5',
		'Klasse van 1 (zeer sterk stedelijk) tot 5 (niet stedelijk), naar het aantal adressen in de omgeving.',
		'Oppervlakte'
	)
};

/** The fictitious sample (Voorbeeldstad). */
const sample: Record<string, CatalogEntry> = {
	'Ervaren gezondheid goed of zeer goed (%)': {
		...rivm.ErvarenGezondheidGoedZeerGoed!,
		name: 'Ervaren gezondheid goed of zeer goed (%)'
	},
	'Moeite met rondkomen (%)': { ...rivm.MoeiteMetRondkomen!, name: 'Moeite met rondkomen (%)' },
	'Eenzaamheid (%)': { ...rivm.Eenzaam!, name: 'Eenzaamheid (%)' },
	'Bijstandsuitkeringen (per 1.000 inwoners)': {
		name: 'Bijstandsuitkeringen (per 1.000 inwoners)',
		label: 'Mensen met bijstand',
		unit: 'per 1.000',
		direction: 'lager_is_beter',
		definition: 'Aantal bijstandsuitkeringen per 1.000 inwoners van 18 jaar tot de AOW-leeftijd.',
		theme: bestaanszekerheid
	}
};

/** The catalogue entry for an imported indicator id, if the indicator is known. */
export function catalogEntry(indicatorId: string): CatalogEntry | null {
	const bare = indicatorId.replace(/_\d+$/, '');
	return sample[indicatorId] ?? rivm[bare] ?? cbs[bare] ?? null;
}
