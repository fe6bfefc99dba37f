package actors_test

// Tests of the embedded data files (data/people.txt, groups.txt,
// agents.txt, institutions.txt): who a name is on a date, checked through
// the matcher on sentences written for each test.

import "testing"

// TestHoldersOf1980sAnd1990s checks, on sentences written for this test,
// dated lookups of office holders of 1980-1999 in people.txt: heads of
// state and government and finance, trade, foreign and defence ministers
// are their state's government inside the range of their role and their
// country alone outside it (a later role of a person listed before,
// Chirac's, counts), on a date given as the article's. Every mention as
// text=CODE ("?" a role with no country yet, "~" a modifier).
func TestHoldersOf1980sAnd1990s(t *testing.T) {
	checkMentions(t, []mentionCase{
		// heads of state and government
		{"1987-03-03", "Ronald Reagan spoke on Monday.", "Ronald Reagan=USAGOV"},
		{"1995-03-03", "Ronald Reagan spoke on Monday.", "Ronald Reagan=USA"},
		{"1990-03-03", "George Bush spoke on Monday.", "George Bush=USAGOV"},
		{"2004-03-03", "George Bush spoke on Monday.", "George Bush=USAGOV"},
		{"1996-03-03", "George Bush spoke on Monday.", "George Bush=USA"},
		{"1988-03-03", "Mikhail Gorbachev spoke on Monday.", "Mikhail Gorbachev=RUSGOV"},
		{"1995-03-03", "Mikhail Gorbachev spoke on Monday.", "Mikhail Gorbachev=RUS"},
		{"1987-03-03", "Yasuhiro Nakasone spoke on Monday.", "Yasuhiro Nakasone=JPNGOV"},
		{"1988-03-03", "Margaret Thatcher spoke on Monday.", "Margaret Thatcher=GBRGOV"},
		{"1988-03-03", "Deng Xiaoping spoke on Monday.", "Deng Xiaoping=CHNGOV"},
		{"1986-03-03", "Rajiv Gandhi spoke on Monday.", "Rajiv Gandhi=INDGOV"},
		{"1987-03-03", "Jose Sarney spoke on Monday.", "Jose Sarney=BRAGOV"},
		{"1986-03-03", "Raúl Alfonsín spoke on Monday.", "Raúl Alfonsín=ARGGOV"},
		{"1987-03-03", "Ayatollah Khomeini spoke on Monday.", "Ayatollah Khomeini=IRNGOV"},
		{"1988-03-03", "President P. W. Botha spoke on Monday.", "President P. W. Botha=ZAFGOV"},
		{"1990-03-03", "George H. W. Bush spoke on Monday.", "George H. W. Bush=USAGOV"},
		{"1986-03-03", "Chun Doo-hwan spoke on Monday.", "Chun Doo-hwan=KORGOV"},
		// ministers: finance, trade, foreign, defence
		{"1987-03-03", "James Baker spoke on Monday.", "James Baker=USAGOV"},
		{"1987-03-03", "Clayton Yeutter spoke on Monday.", "Clayton Yeutter=USAGOV"},
		{"1987-03-03", "Gerhard Stoltenberg spoke on Monday.", "Gerhard Stoltenberg=DEUGOV"},
		{"1987-03-03", "Nigel Lawson spoke on Monday.", "Nigel Lawson=GBRGOV"},
		{"1987-03-03", "Dilson Funaro spoke on Monday.", "Dilson Funaro=BRAGOV"},
		{"1988-03-03", "Dilson Funaro spoke on Monday.", "Dilson Funaro=BRA"},
		{"1987-03-03", "Eduard Shevardnadze spoke on Monday.", "Eduard Shevardnadze=RUSGOV"},
		{"1995-03-03", "Eduard Shevardnadze spoke on Monday.", "Eduard Shevardnadze=GEOGOV"},
		{"1986-03-03", "Sheikh Ahmed Zaki Yamani spoke on Monday.", "Sheikh Ahmed Zaki Yamani=SAUGOV"},
		{"1987-03-03", "Hisham Nazer spoke on Monday.", "Hisham Nazer=SAUGOV"},
		// a later role of a person listed before: Chirac, prime minister in 1987
		{"1987-03-03", "Jacques Chirac spoke on Monday.", "Jacques Chirac=FRAGOV"},
		{"1990-03-03", "Jacques Chirac spoke on Monday.", "Jacques Chirac=FRA"},
		{"1987-03-03", "Corazon Aquino spoke on Monday.", "Corazon Aquino=PHLGOV"},
		{"1987-03-03", "Bob Hawke spoke on Monday.", "Bob Hawke=AUSGOV"},
		{"1987-03-03", "Paul Keating spoke on Monday.", "Paul Keating=AUSGOV"},
		{"1987-03-03", "Wim Duisenberg spoke on Monday.", "Wim Duisenberg=NLDGOV"},
		{"1987-03-03", "Suharto spoke on Monday.", "Suharto=IDNGOV"},
		{"1985-03-03", "Ferdinand Marcos spoke on Monday.", "Ferdinand Marcos=PHLGOV"},
		{"2023-03-03", "Ferdinand Marcos spoke on Monday.", "Ferdinand Marcos=PHLGOV"},
		{"1987-03-03", "Augusto Pinochet spoke on Monday.", "Augusto Pinochet=CHLGOV"},
		{"1988-03-03", "Manuel Noriega spoke on Monday.", "Manuel Noriega=PANMIL"},
	}, showCode)
}

// TestIGOHeadsByDate checks, on sentences written for this test, heads of
// international organisations in people.txt: each is the organisation
// inside the range of the role and the state they served before it
// (Delors, FRAGOV in 1983). Every mention as text=CODE ("?" a role with no
// country yet, "~" a modifier).
func TestIGOHeadsByDate(t *testing.T) {
	checkMentions(t, []mentionCase{
		// heads of international organisations
		{"1987-03-03", "Jacques Delors spoke on Monday.", "Jacques Delors=IGOEUREEC"},
		{"1983-03-03", "Jacques Delors spoke on Monday.", "Jacques Delors=FRAGOV"},
		{"1987-03-03", "Michel Camdessus spoke on Monday.", "Michel Camdessus=IGOUNOIMF"},
		{"1987-03-03", "Barber Conable spoke on Monday.", "Barber Conable=IGOUNOWBK"},
		{"1990-03-03", "Manfred Woerner spoke on Monday.", "Manfred Woerner=IGOWSTNAT"},
		{"1987-03-03", "Javier Perez de Cuellar spoke on Monday.", "Javier Perez de Cuellar=IGOUNO"},
		{"2000-03-03", "Wim Duisenberg spoke on Monday.", "Wim Duisenberg=IGOEURECB"},
	}, showCode)
}

// TestOppositionBetweenTerms checks, on sentences written for this test,
// people whose role changes with the date: opposition leaders between
// terms in government (Haughey, Walesa, Masra, Dodon, Howard, Fox, Rudd)
// are OPP in their years in opposition, GOV in office, and their country
// alone after. Every mention as text=CODE ("?" a role with no country yet,
// "~" a modifier).
func TestOppositionBetweenTerms(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"1987-03-03", "Charles Haughey spoke on Monday.", "Charles Haughey=IRLOPP"},
		{"1988-03-03", "Charles Haughey spoke on Monday.", "Charles Haughey=IRLGOV"},
		{"1987-03-03", "Lech Walesa spoke on Monday.", "Lech Walesa=POLOPP"},
		{"1992-03-03", "Lech Walesa spoke on Monday.", "Lech Walesa=POLGOV"},
		// a change of role: opposition leader, prime minister, opposition again
		{"2022-06-01", "Succès Masra spoke on Monday.", "Succès Masra=TCDOPP"},
		{"2024-03-01", "Succès Masra spoke on Monday.", "Succès Masra=TCDGOV"},
		{"2025-06-01", "Succes Masra spoke on Monday.", "Succes Masra=TCDOPP"},
		{"2018-06-01", "Igor Dodon spoke on Monday.", "Igor Dodon=MDAGOV"},
		{"2022-06-01", "Igor Dodon spoke on Monday.", "Igor Dodon=MDAOPP"},
		// people: opposition, then government, then the country alone
		{"2005-01-15", "Michael Howard said it.", "Michael Howard=GBROPP"},
		{"1995-01-15", "Michael Howard said it.", "Michael Howard=GBRGOV"},
		{"2008-01-15", "Michael Howard said it.", "Michael Howard=GBR"},
		{"2005-01-15", "Tory leader Michael Howard said it.", "Tory leader Michael Howard=GBROPP"},
		{"2005-01-15", "Liam Fox said it.", "Liam Fox=GBROPP"},
		{"2011-01-15", "Liam Fox said it.", "Liam Fox=GBRGOV"},
		{"2005-01-15", "Liberal Democrat leader Charles Kennedy said it.", "leader Charles Kennedy=GBROPP"},
		{"2017-01-15", "David Davis said it.", "David Davis=GBRGOV"},
		{"2002-01-15", "Kevin Rudd said it.", "Kevin Rudd=AUSOPP"},
		{"2009-01-15", "Kevin Rudd said it.", "Kevin Rudd=AUSGOV"},
		{"2018-01-15", "Nasr al-Hariri said it.", "Nasr al-Hariri=SYROPP"},
		{"2018-01-15", "Abdel Fatah al-Sisi said it.", "Abdel Fatah al-Sisi=EGYGOV"},
	}, showCode)
}

// TestHoldersOfSmallerStates checks, on sentences written for this test,
// dated lookups of office holders of smaller and less-covered states in
// people.txt (Central America and the Caribbean, Africa, the Balkans and
// Eastern Europe, Central Asia, South and Southeast Asia, the Pacific):
// each is their state's government inside the range of their role and
// their country alone after it, on a date given as the article's. Every
// mention as text=CODE ("?" a role with no country yet, "~" a modifier).
func TestHoldersOfSmallerStates(t *testing.T) {
	checkMentions(t, []mentionCase{
		// Central America and the Caribbean
		{"2018-06-01", "Jimmy Morales spoke on Monday.", "Jimmy Morales=GTMGOV"},
		{"2024-06-01", "Jimmy Morales spoke on Monday.", "Jimmy Morales=GTM"},
		{"2019-06-01", "Juan Orlando Hernández spoke on Monday.", "Juan Orlando Hernández=HNDGOV"},
		{"2023-06-01", "Juan Orlando Hernandez spoke on Monday.", "Juan Orlando Hernandez=HND"},
		{"2021-06-01", "Laurentino Cortizo spoke on Monday.", "Laurentino Cortizo=PANGOV"},
		{"2025-06-01", "Laurentino Cortizo spoke on Monday.", "Laurentino Cortizo=PAN"},
		{"2020-06-01", "Keith Rowley spoke on Monday.", "Keith Rowley=TTOGOV"},
		{"2025-06-01", "Keith Rowley spoke on Monday.", "Keith Rowley=TTO"},
		// West, Central and Southern Africa
		{"2019-06-01", "Alpha Condé spoke on Monday.", "Alpha Condé=GINGOV"},
		{"2023-06-01", "Alpha Conde spoke on Monday.", "Alpha Conde=GIN"},
		{"2022-06-01", "Choguel Kokalla Maïga spoke on Monday.", "Choguel Kokalla Maïga=MLIGOV"},
		{"2025-06-01", "Choguel Kokalla Maiga spoke on Monday.", "Choguel Kokalla Maiga=MLI"},
		{"2018-06-01", "Edgar Lungu spoke on Monday.", "Edgar Lungu=ZMBGOV"},
		{"2023-06-01", "Edgar Lungu spoke on Monday.", "Edgar Lungu=ZMB"},
		{"2017-06-01", "Pierre Nkurunziza spoke on Monday.", "Pierre Nkurunziza=BDIGOV"},
		{"2021-06-01", "Pierre Nkurunziza spoke on Monday.", "Pierre Nkurunziza=BDI"},
		{"2020-06-01", "Mokgweetsi Masisi spoke on Monday.", "Mokgweetsi Masisi=BWAGOV"},
		{"2025-06-01", "Mokgweetsi Masisi spoke on Monday.", "Mokgweetsi Masisi=BWA"},
		// the Balkans, Eastern Europe and the Baltics
		{"2019-06-01", "Boyko Borisov spoke on Monday.", "Boyko Borisov=BGRGOV"},
		{"2023-06-01", "Boyko Borisov spoke on Monday.", "Boyko Borisov=BGR"},
		{"2021-06-01", "Zuzana Čaputová spoke on Monday.", "Zuzana Čaputová=SVKGOV"},
		{"2025-06-01", "Zuzana Caputova spoke on Monday.", "Zuzana Caputova=SVK"},
		{"2019-06-01", "Kersti Kaljulaid spoke on Monday.", "Kersti Kaljulaid=ESTGOV"},
		{"2022-06-01", "Kersti Kaljulaid spoke on Monday.", "Kersti Kaljulaid=EST"},
		{"2018-06-01", "Zoran Zaev spoke on Monday.", "Zoran Zaev=MKDGOV"},
		{"2023-06-01", "Zoran Zaev spoke on Monday.", "Zoran Zaev=MKD"},
		// Central Asia and Mongolia
		{"2019-06-01", "Sooronbay Jeenbekov spoke on Monday.", "Sooronbay Jeenbekov=KGZGOV"},
		{"2022-06-01", "Sooronbay Jeenbekov spoke on Monday.", "Sooronbay Jeenbekov=KGZ"},
		{"2020-06-01", "Askar Mamin spoke on Monday.", "Askar Mamin=KAZGOV"},
		{"2023-06-01", "Askar Mamin spoke on Monday.", "Askar Mamin=KAZ"},
		{"2016-06-01", "Tsakhiagiin Elbegdorj spoke on Monday.", "Tsakhiagiin Elbegdorj=MNGGOV"},
		{"2020-06-01", "Tsakhiagiin Elbegdorj spoke on Monday.", "Tsakhiagiin Elbegdorj=MNG"},
		// South and Southeast Asia, the Pacific
		{"2020-06-01", "Ibrahim Mohamed Solih spoke on Monday.", "Ibrahim Mohamed Solih=MDVGOV"},
		{"2024-06-01", "Ibrahim Mohamed Solih spoke on Monday.", "Ibrahim Mohamed Solih=MDV"},
		{"2017-06-01", "Maithripala Sirisena spoke on Monday.", "Maithripala Sirisena=LKAGOV"},
		{"2021-06-01", "Maithripala Sirisena spoke on Monday.", "Maithripala Sirisena=LKA"},
		{"2020-06-01", "Prak Sokhonn spoke on Monday.", "Prak Sokhonn=KHMGOV"},
		{"2024-06-01", "Prak Sokhonn spoke on Monday.", "Prak Sokhonn=KHM"},
		{"2019-06-01", "Frank Bainimarama spoke on Monday.", "Frank Bainimarama=FJIGOV"},
		{"2024-06-01", "Frank Bainimarama spoke on Monday.", "Frank Bainimarama=FJI"},
	}, showCode)
}

// TestArmedGroupNames checks, on sentences written for this test, armed
// groups and gangs in groups.txt: each named group is its region's rebels
// or criminals (HTICRM, MLIREB, NGAREB, INDREB ...), and an Islamic State
// branch is its region's rebels. Every mention as text=CODE ("?" a role
// with no country yet, "~" a modifier).
func TestArmedGroupNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		// armed groups and gangs
		{"2025-03-01", "Gran Grif attacked the town.", "Gran Grif=HTICRM"},
		{"2023-03-01", "Katiba Macina attacked the town.", "Katiba Macina=MLIREB"},
		{"2024-03-01", "Los Tiguerones attacked the town.", "Los Tiguerones=ECUCRM"},
		{"2024-03-01", "The Estado Mayor Central attacked the town.", "The Estado Mayor Central=COLREB"},
		{"2024-03-01", "Islamic State Mozambique Province attacked the town.", "Islamic State Mozambique Province=MOZREB"},
		// an Islamic State branch is its region's rebels
		{"2024-03-01", "Islamic State's West Africa branch attacked the town.", "Islamic State's West Africa branch=NGAREB"},
		{"2024-03-01", "The Islamic State West Africa branch attacked the town.", "The Islamic State West Africa branch=NGAREB"},
		// armed groups
		{"2024-03-01", "Lakurawa and Ansaru attacked villages.", "Lakurawa=NGAREB | Ansaru=NGAREB"},
		{"2024-03-01", "Jaish-e-Muhammad and Hizb-ul-Mujahideen claimed it.", "Jaish-e-Muhammad=INDREB | Hizb-ul-Mujahideen=INDREB"},
	}, showCode)
}

// TestNavyAndPoliceWatchdog checks, on sentences written for this test,
// agents.txt entries: the people of a navy are its military, a police
// watchdog is a state office (GOV), a state's police COP. Every mention as
// text=CODE ("?" a role with no country yet, "~" a modifier).
func TestNavyAndPoliceWatchdog(t *testing.T) {
	checkMentions(t, []mentionCase{
		// the people of a navy; a police watchdog is a state office
		{"2024-03-01", "Somali naval personnel seized a dhow.", "Somali naval personnel=SOMMIL"},
		{"2024-03-01", "Kenya's police watchdog opened an inquiry.", "Kenya's police watchdog=KENGOV"},
		{"2024-03-01", "Kenya's police arrested him.", "Kenya's police=KENCOP"},
	}, showCode)
}

// TestGreekCypriots checks, on sentences written for this test, that Greek
// Cypriots are Cyprus's people and government, not Greece's. Every mention
// as text=CODE ("?" a role with no country yet, "~" a modifier).
func TestGreekCypriots(t *testing.T) {
	checkMentions(t, []mentionCase{
		// Greek Cypriots are Cyprus's people, not Greece's
		{"2024-03-01", "Police arrested Greek Cypriots in the buffer zone.", "Police=?COP | Greek Cypriots=CYPCVL"},
		{"2024-03-01", "The Greek Cypriot government protested.", "The Greek Cypriot government=CYPGOV"},
	}, showCode)
}

// TestPartiesInAndOutOfGovernment checks, on sentences written for this
// test, British and Australian parties in institutions.txt: OPP while out
// of government and PTY in it, and a namesake party ("Israeli Labor
// Party") no other state's. Every mention as text=CODE ("?" a role with no
// country yet, "~" a modifier).
func TestPartiesInAndOutOfGovernment(t *testing.T) {
	checkMentions(t, []mentionCase{
		// parties in and out of government
		{"2005-01-15", "The Tories said it.", "The Tories=GBROPP"},
		{"2012-01-15", "The Tories said it.", "The Tories=GBRPTY"},
		{"2025-01-15", "The Conservatives said it.", "The Conservatives=GBROPP"},
		{"2005-01-15", "The Liberal Democrats said it.", "The Liberal Democrats=GBROPP"},
		{"2012-01-15", "The Lib Dems said it.", "The Lib Dems=GBRPTY"},
		{"2005-01-15", "The SNP said it.", "The SNP=GBROPP"},
		{"2010-01-15", "The SNP said it.", "The SNP=GBRPTY"},
		{"2005-01-15", "The Labour Party said it.", "The Labour Party=GBRPTY"},
		{"2015-01-15", "The Labour Party said it.", "The Labour Party=GBROPP"},
		{"2002-01-15", "Labor said it.", "Labor=AUSOPP"},
		{"2010-01-15", "Labor said it.", "Labor=AUSPTY"},
		{"2017-01-15", "The Israeli Labor Party said it.", "The Israeli Labor Party=ISRPTY"},
		{"2002-01-15", "Child labor is banned.", ""},
	}, showCode)
}
