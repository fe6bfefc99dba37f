package actors

// A faith's adjective before the noun of an armed group: "Muslim" before
// an agent noun reads as an unnamed collective of the Muslim world ("Arab
// and Muslim leaders met in Riyadh"; CODING.md: "Unnamed collectives ...
// are not actors"), except before the nouns of insurgents and armed men,
// where it is their faith, a modifier like "Christian" or "Sunni", and the
// noun keeps its role and takes the state the sentence places it in, as
// the gold does: "Suspected Muslim insurgents detonated a roadside bomb
// ... in Pattani" THAREB (dev47-wire W47039), "Suspected Muslim militants
// cut the throats of 31 villagers ... south of Algiers" DZAREB (dev52-wire
// W52036). Victims ("Muslim families", "Muslim civilians") stay out: the
// sentence's other places then decide their state wrongly ("forced
// hundreds of Muslim families out of villages south of Maungdaw ... to
// the Bangladeshi border" BGDCVL for gold's MMRCVL, dev27-wire W27044),
// and the story's state already gives it.
//
// The agent's first word decides: "Muslim rebel leaders" are the rebels'
// leaders (PHLREB in a Philippine story), "Muslim leaders" no actor. The
// nouns are the [faith armed nouns] list of data/words/words.txt, read by
// notActorAgent (notactor.go).
