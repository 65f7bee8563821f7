/**
 * Keyword rules that recognise what a product does from its name and description. Each rule
 * is a capability (its id is the slug of `name`) with the patterns that signal it. The rules
 * are deliberately plain — whole words, no stemming beyond what a pattern spells out — so a
 * reader can predict them; they favour missing a capability over inventing one, which is why
 * very common words in FedRAMP descriptions ("secure", "cloud", "cybersecurity", "hosted in
 * AWS") are not signals. Upper-case acronyms are matched case-sensitively so "AI", "HR" or
 * "GIS" do not fire inside ordinary words or lower-case text.
 */
export interface CapabilityRule {
  /** Capability name as imported (`capabilities.csv` column `capability`). */
  readonly name: string;
  /** Capability category (`capabilities.csv` column `category`). */
  readonly category: string;
  /** A match of any pattern recognises the capability. */
  readonly patterns: readonly RegExp[];
}

export const capabilityRules: readonly CapabilityRule[] = [
  {
    name: 'Identity',
    category: 'security',
    patterns: [
      /\bidentity\b/i,
      /\bauthenticat(?:e|es|ion)\b/i,
      /\bsingle sign-?on\b/i,
      /\b(?:SSO|MFA|IAM|PKI|ICAM|PAM)\b/,
      /\bmulti-?factor\b/i,
      /\b(?:privileged )?access management\b/i,
      /\bpassword(?:less)? (?:manager|management|vault)\b/i,
    ],
  },
  {
    name: 'Collaboration',
    category: 'productivity',
    patterns: [
      /\bcollaborat(?:e|es|ion|ive)\b/i,
      /\bfile sharing\b/i,
      /\bcontent (?:management|services?)\b/i,
      /\bdocument management\b/i,
      /\bwhiteboard(?:ing)?\b/i,
      /\bproject management\b/i,
      /\bproductivity\b/i,
      /\b(?:e-?signatures?|electronic signatures?)\b/i,
    ],
  },
  {
    name: 'CRM',
    category: 'business application',
    patterns: [
      /\bCRM\b/,
      /\bcustomer relationship\b/i,
      /\bcustomer (?:service|engagement|experience|support)\b/i,
      /\bcase management\b/i,
      /\bcitizen (?:engagement|services?|experience)\b/i,
      /\bsales\b/i,
      /\bDynamics 365\b/, // Microsoft's CRM suite, named rather than described in the export
    ],
  },
  {
    name: 'Analytics',
    category: 'data',
    patterns: [
      /\banalytics?\b/i,
      /\bbusiness intelligence\b/i,
      /\bdashboards?\b/i,
      /\bdata (?:visuali[sz]ation|science|warehous(?:e|ing)|lakes?|exploration|intelligence|governance|catalog)\b/i,
      /\bvisuali[sz]ations?\b/i,
      /\boperational intelligence\b/i,
      /\bmachine[- ]generated data\b/i,
      /\bbig data\b/i,
      /\bobservability\b/i,
      /\b(?:infrastructure|application|performance|cloud) monitoring\b/i,
      /\bmonitoring platform\b/i,
      /\bsurveys?\b/i,
    ],
  },
  {
    name: 'Security monitoring',
    category: 'security',
    patterns: [
      /\b(?:SIEM|SOAR|EDR|XDR|MDR|SOC)\b/,
      /\bsecurity (?:information and event management|operations|monitoring|analytics|orchestration)\b/i,
      /\bthreat (?:detection|intelligence|hunting|protection|prevention)\b/i,
      /\bvulnerabilit(?:y|ies)\b/i,
      /\bendpoint (?:protection|security|detection|resilience)\b/i,
      /\b(?:DLP|CASB|SWG|SSE|ZTNA)\b/,
      /\bdata loss prevention\b/i,
      /\b(?:cloud access security broker|secure web gateway|security service edge)\b/i,
      /\b(?:insider risk|exfiltration)\b/i,
      /\b(?:application security|security (?:assessments?|testing|awareness))\b/i,
      /\b(?:malware|ransomware|phishing|intrusion)\b/i,
      /\blog (?:management|analytics|aggregation)\b/i,
      /\bincident response\b/i,
      /\bcontinuous monitoring\b/i,
    ],
  },
  {
    name: 'IT service management',
    category: 'business application',
    patterns: [
      /\bITSM\b/,
      /\bIT (?:service|asset|operations) management\b/i,
      /\bservice management (?:solution|platform|suite)\b/i,
      /\bNow Platform\b/, // ServiceNow's ITSM platform, named rather than described in the export
      /\b(?:service|help) ?desk\b/i,
      /\bticketing\b/i,
      /\b(?:mobile device|unified endpoint|endpoint) management\b/i,
      /\bCMDB\b/,
    ],
  },
  {
    name: 'HR',
    category: 'business application',
    patterns: [
      /\bHR\b/,
      /\bhuman (?:resources?|capital)\b/i,
      /\btalent\b/i,
      /\brecruit(?:ing|ment|ers?)?\b/i,
      /\bhiring\b/i,
      /\bpayroll\b/i,
      /\blearning (?:management|platform|experience|environment)\b/i,
      /\b(?:e-?learning|online learning|distance learning)\b/i,
      /\bcourse (?:development|authoring|catalog|library)\b/i,
      /\btraining (?:courses?|content|operations)\b/i,
      /\bLMS\b/,
      /\bworkforce\b/i,
      /\btime (?:tracking|and attendance)\b/i,
      /\bemployee (?:engagement|experience|training)\b/i,
    ],
  },
  {
    name: 'Finance',
    category: 'business application',
    patterns: [
      /\bfinance\b/i,
      /\bfinancial (?:management|systems?|reporting|data|disclosure|planning)\b/i,
      /\baccounting\b/i,
      /\bbudget(?:ing| planning| formulation| execution)\b/i,
      /\bprocurement\b/i,
      /\b(?:travel and expense|expense (?:management|reports?|reporting))\b/i,
      /\bpayment (?:processing|requests?)\b/i,
      /\binvoic(?:e|es|ing)\b/i,
      /\bERP\b/,
      /\bgrants? management\b/i,
      /\bspend management\b/i,
    ],
  },
  {
    name: 'Communications',
    category: 'productivity',
    patterns: [
      /\be-?mail\b/i,
      /\bmessaging\b/i,
      /\bvideo ?conferenc(?:e|ing)\b/i,
      /\bcontact cent(?:er|re)\b/i,
      /\b(?:telephony|VoIP|voice)\b/i,
      /\bunified communications\b/i,
      /\b(?:mass|emergency|crisis) notifications?\b/i,
      /\b(?:critical|crisis|mass|emergency|unified) communications?\b/i,
      /\bvideo\b/i,
      /\bwebinars?\b/i,
      /\bvirtual meetings?\b/i,
      /\bchat\b/i,
      /\bfax\b/i,
      /\bsocial media\b/i,
    ],
  },
  {
    name: 'Storage',
    category: 'infrastructure',
    patterns: [
      /\bstorage\b/i,
      /\bbackups?\b/i,
      /\barchiv(?:e|es|ing|al)\b/i,
      /\bdata protection\b/i,
      /\bdisaster recovery\b/i,
      /\brecords management\b/i,
    ],
  },
  {
    name: 'Developer platform',
    category: 'platform',
    patterns: [
      /\bdevelopers?\b/i,
      /\bsoftware development\b/i,
      /\bapplication development\b/i,
      /\bDev(?:Sec)?Ops\b/i,
      /\bCI\/CD\b/i,
      /\bcontinuous (?:integration|delivery|deployment)\b/i,
      /\bsource code\b/i,
      /\blow-?code\b/i,
      /\bno-?code\b/i,
      /\biPaaS\b/,
      /\bintegration platform\b/i,
      /\bAPI management\b/i,
      /\bkubernetes\b/i,
      /\bcontainer (?:platform|orchestration|registry|engine|service)\b/i,
    ],
  },
  {
    name: 'Geospatial',
    category: 'data',
    patterns: [
      /\bgeospatial\b/i,
      /\bGIS\b/,
      /\bArcGIS\b/i,
      /\bgeographic(?:al)?\b/i,
      /\bmaps\b/i,
      /\btelematics\b/i,
      /\bGPS\b/,
      /\blocation (?:intelligence|data|tracking)\b/i,
    ],
  },
  {
    name: 'AI',
    category: 'data',
    patterns: [
      /\bAI\b/,
      /\bartificial intelligence\b/i,
      /\bmachine learning\b/i,
      /\b(?:ML|NLP|LLMs?)\b/,
      /\bnatural language\b/i,
      /\bgenerative\b/i,
      /\bcomputer vision\b/i,
      /\bchatbots?\b/i,
      /\b(?:virtual|intelligent) assistants?\b/i,
    ],
  },
  {
    name: 'Hosting',
    category: 'infrastructure',
    patterns: [
      /\bhosting\b/i,
      /\bIaaS\b/,
      /\binfrastructure[- ]as[- ]a[- ]service\b/i,
      /\bco-?location\b/i,
      /\bvirtual (?:machines?|servers?|private cloud)\b/i,
      /\bcompute\b/i,
      /\bmanaged cloud\b/i,
    ],
  },
];
