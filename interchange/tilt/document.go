package tilt

// The shape of a TILT document as the exporter writes it: every member
// TILT's schema requires is always written, the others only when they hold
// something.

type document struct {
	Meta                           meta               `json:"meta"`
	Controller                     controller         `json:"controller"`
	DPO                            dpo                `json:"dataProtectionOfficer"`
	DataDisclosed                  []disclosed        `json:"dataDisclosed"`
	ThirdCountryTransfers          []transfer         `json:"thirdCountryTransfers"`
	AccessAndDataPortability       rightObject        `json:"accessAndDataPortability"`
	Sources                        []sourceEntry      `json:"sources"`
	RightToInformation             rightObject        `json:"rightToInformation"`
	RightToRectificationOrDeletion rightObject        `json:"rightToRectificationOrDeletion"`
	RightToDataPortability         rightObject        `json:"rightToDataPortability"`
	RightToWithdrawConsent         rightObject        `json:"rightToWithdrawConsent"`
	RightToComplain                rightObject        `json:"rightToComplain"`
	AutomatedDecisionMaking        automatedDecisions `json:"automatedDecisionMaking"`
	ChangesOfPurpose               []change           `json:"changesOfPurpose"`
}

type meta struct {
	ID       string `json:"_id"`
	Name     string `json:"name"`
	Created  string `json:"created"`
	Modified string `json:"modified"`
	Version  int    `json:"version"`
	Language string `json:"language"`
	Status   string `json:"status"`
	URL      string `json:"url"`
	Hash     string `json:"_hash"`
}

type representative struct {
	Name  string `json:"name"`
	Email string `json:"email"`
	Phone string `json:"phone,omitempty"`
}

type controller struct {
	Name           string         `json:"name"`
	Division       string         `json:"division,omitempty"`
	Address        string         `json:"address"`
	Country        string         `json:"country"`
	Representative representative `json:"representative"`
}

type dpo struct {
	Name    string `json:"name"`
	Address string `json:"address"`
	Country string `json:"country"`
	Email   string `json:"email"`
	Phone   string `json:"phone,omitempty"`
}

type disclosed struct {
	ID                  string               `json:"_id"`
	Category            string               `json:"category"`
	Purposes            []purpose            `json:"purposes"`
	LegalBases          []legalBasis         `json:"legalBases"`
	LegitimateInterests []legitimateInterest `json:"legitimateInterests"`
	Recipients          []recipient          `json:"recipients"`
	Storage             []storage            `json:"storage"`
	NonDisclosure       nonDisclosure        `json:"nonDisclosure"`
}

type purpose struct {
	Purpose     string `json:"purpose"`
	Description string `json:"description"`
}

type legalBasis struct {
	Reference   string `json:"reference"`
	Description string `json:"description,omitempty"`
}

type legitimateInterest struct {
	Exists    *bool  `json:"exists,omitempty"`
	Reasoning string `json:"reasoning"`
}

type recipient struct {
	Name           string          `json:"name,omitempty"`
	Address        string          `json:"address,omitempty"`
	Country        string          `json:"country,omitempty"`
	Representative *representative `json:"representative,omitempty"`
	Category       string          `json:"category"`
}

type storage struct {
	Temporal              []temporal `json:"temporal"`
	PurposeConditional    []string   `json:"purposeConditional"`
	LegalBasisConditional []string   `json:"legalBasisConditional"`
	AggregationFunction   string     `json:"aggregationFunction"`
}

type temporal struct {
	Description string `json:"description"`
	TTL         string `json:"ttl"`
}

type nonDisclosure struct {
	LegalRequirement      bool   `json:"legalRequirement"`
	ContractualRegulation bool   `json:"contractualRegulation"`
	ObligationToProvide   bool   `json:"obligationToProvide"`
	Consequences          string `json:"consequences"`
}

type flagged struct {
	Available   *bool  `json:"available,omitempty"`
	Description string `json:"description"`
}

type transfer struct {
	Country                      string   `json:"country,omitempty"`
	AdequacyDecision             *flagged `json:"adequacyDecision,omitempty"`
	AppropriateGuarantees        *flagged `json:"appropriateGuarantees,omitempty"`
	StandardDataProtectionClause *flagged `json:"standardDataProtectionClause,omitempty"`
}

type authority struct {
	Name    string `json:"name"`
	Address string `json:"address,omitempty"`
	Country string `json:"country,omitempty"`
	Email   string `json:"email,omitempty"`
	Phone   string `json:"phone,omitempty"`
}

type rightObject struct {
	Available            *bool      `json:"available,omitempty"`
	Description          string     `json:"description"`
	URL                  string     `json:"url,omitempty"`
	Email                string     `json:"email,omitempty"`
	SupervisoryAuthority *authority `json:"supervisoryAuthority,omitempty"`
}

type sourceEntry struct {
	ID           string       `json:"_id"`
	DataCategory string       `json:"dataCategory"`
	Sources      []sourceItem `json:"sources"`
}

type sourceItem struct {
	Description       string `json:"description"`
	URL               string `json:"url"`
	PubliclyAvailable bool   `json:"publiclyAvailable"`
}

type automatedDecisions struct {
	InUse                   *bool  `json:"inUse,omitempty"`
	LogicInvolved           string `json:"logicInvolved"`
	ScopeAndIntendedEffects string `json:"scopeAndIntendedEffects"`
}

type change struct {
	Description            string   `json:"description"`
	AffectedDataCategories []string `json:"affectedDataCategories"`
	PlannedDateOfChange    string   `json:"plannedDateOfChange,omitempty"`
}
