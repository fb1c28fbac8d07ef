/**
 * The words around a name that say what it names, English and French, folded (lower case, no
 * accents): titles that introduce a person, honorifics, the portfolio words of a title ("Minister
 * of Planning and Investment"), and the head nouns of an organization's name.
 */

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

/**
 * The last word of a title: a capitalised name right after one (or after one and a comma) is a
 * person's. Several words ("prime minister") end in one of these, so only the head is listed.
 */
export const TITLE_HEADS = words(`
  president vice-president minister ministre pm ambassador ambassadeur ambassadrice envoy envoye
  secretary secretaire secretary-general chairman chairwoman chairperson chair governor gouverneur
  director directeur directrice director-general ceo chief chef head king queen roi reine prince
  princess sultan emperor speaker mayor maire counterpart homologue commissioner commissaire
  spokesman spokeswoman spokesperson porte-parole consul consul-general premier chancellor
  chancelier president-directeur presidente conseiller conseillere councillor adviser advisor
  general deputy vice chairman-designate
`);

/** Words that may stand between a title's head and the rest of it ("Prime Minister", "d'Etat"). */
export const TITLE_MODIFIERS = words(`
  deputy vice prime foreign finance state special senior first permanent acting managing general
  executive royal grand high chief trade defence defense interior home education health premier
  ministre etat d'etat delegue deleguee adjoint adjointe principal extraordinary plenipotentiary
`);

/** Honorifics written before a name; the name after one is a person even without a title. */
export const HONORIFICS = words(`mr mrs ms miss dr madam madame mme m he excellency excellence samdech sir dame lord`);

/**
 * Capitalised words of a portfolio, a department or a body that appear between a title and a name
 * ("Minister of Education and Sports X"): never the first word of a person's name.
 */
export const PORTFOLIO_WORDS = words(`
  affairs foreign international cooperation co-operation planning plan investment investissement
  finance finances economy economie economic economique economics trade commerce industry industrie
  agriculture rural development developpement health sante education sports sport youth jeunesse
  culture tourism tourisme information communication communications posts telecommunications
  defence defense interior interieur justice labour labor travail social welfare transport
  transports public works construction energy energie mines natural resources environment
  environnement science technology technologie digital transformation home security securite
  national nationale relations division department ministry ministere bank banque agency agence
  committee comite commission council conseil office bureau republic kingdom government
  gouvernement state etat fisheries forestry water veterans invalids women family budget treasury
  industrial policy strategy strategic innovation research higher training vocational land
  urban housing infrastructure maritime aviation civil customs taxation revenue statistics
  administration inspectorate cabinet parliament assembly senate people peoples party central
  front union association federation embassy consulate general affaires etrangeres exterieures
  la le les du de des et and of the for on in to au aux en pour sur with avec
`);

/** Head nouns of an organization's name, English and French. */
export const ORG_HEADS = words(`
  ministry ministere department departement agency agence bank banque committee comite commission
  council conseil office bureau division direction authority autorite fund fonds institute institut
  university universite television radio union association federation federation chamber chambre
  corporation societe group groupe embassy ambassade consulate consulat organization organisation
  organisation centre center foundation fondation secretariat assembly assemblee parliament parlement
  senate senat court cour army armee police service services administration press presse
  programme program company compagnie enterprise entreprise
`);

/** The French ones, whose names continue with "de …" and adjectives rather than capitals. */
export const FRENCH_ORG_HEADS = words(`
  ministere departement agence banque comite comites conseil direction autorite fonds institut
  universite television chambre societe groupe ambassade consulat organisation fondation assemblee
  parlement senat cour armee presse compagnie
`);

/** Words that end a name of a document or a meeting, not an organization. */
export const NOT_ORG_HEADS = words(`
  convention declaration agreement accord treaty retreat summit protocol protocole memorandum plan
  strategy partnership partenariat meeting reunion conference session dialogue forum visit visite
`);

/** Capitalised words that are not names: months, days, determiners and the like at a sentence start. */
export const NOT_NAME_WORDS = words(`
  january february march april may june july august september october november december
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi
  samedi dimanche the a an this that these those his her their its our le la les un une des ce
  cette ces son sa ses leur leurs notre on in at by for with from to and but as after before
  during under while when at en au aux dans par pour avec selon lors apres avant et mais il elle
  ils elles they he she we it i source photo photos via
`);
