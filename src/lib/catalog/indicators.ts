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

/** A few CBS Kerncijfers wijken en buurten topics; most of that table is neutral context. */
const cbs: Record<string, CatalogEntry> = {
	AantalInwoners: {
		name: 'Aantal inwoners',
		label: 'Inwoners',
		unit: 'aantal',
		direction: 'neutraal',
		definition: 'Aantal inwoners op 1 januari.',
		theme: 'Bevolking'
	},
	Bevolkingsdichtheid: {
		name: 'Bevolkingsdichtheid',
		label: 'Inwoners per km²',
		unit: 'per km²',
		direction: 'neutraal',
		definition: 'Aantal inwoners per vierkante kilometer land.',
		theme: 'Bevolking'
	},
	GemiddeldeHuishoudensgrootte: {
		name: 'Gemiddelde huishoudensgrootte',
		label: 'Personen per huishouden',
		unit: 'aantal',
		direction: 'neutraal',
		definition: 'Gemiddeld aantal personen per particulier huishouden.',
		theme: 'Bevolking'
	}
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
