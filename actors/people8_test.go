package actors_test

import "testing"

// TestPeople8 checks, on sentences written for this test, dated lookups
// of office holders of 1980-1999 added to people.txt: each person is
// their state's government (or the organisation they led) inside the
// range of their role and their country alone outside it, on a date
// given as the article's. Every mention as text=CODE.
func TestPeople8(t *testing.T) {
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
		// heads of international organisations
		{"1987-03-03", "Jacques Delors spoke on Monday.", "Jacques Delors=IGOEUREEC"},
		{"1983-03-03", "Jacques Delors spoke on Monday.", "Jacques Delors=FRAGOV"},
		{"1987-03-03", "Michel Camdessus spoke on Monday.", "Michel Camdessus=IGOUNOIMF"},
		{"1987-03-03", "Barber Conable spoke on Monday.", "Barber Conable=IGOUNOWBK"},
		{"1990-03-03", "Manfred Woerner spoke on Monday.", "Manfred Woerner=IGOWSTNAT"},
		{"1987-03-03", "Javier Perez de Cuellar spoke on Monday.", "Javier Perez de Cuellar=IGOUNO"},
	}, showCode)
}

// TestPeople8Titles checks a title and a lone surname shared by people of
// two states whose terms lie apart: the state of the one holding a role
// on the date, else of the one whose role began by then and ended no
// more than twenty years before ("President Herzog" of West Germany in
// 1995 and of Israel in 2022; "Prime Minister Clark" of Canada in 1987
// and of New Zealand in 2005), and "the X government" alike.
func TestPeople8Titles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"1995-03-03", "President Herzog met Chancellor Kohl.", "President Herzog=DEUGOV | Chancellor Kohl=DEUGOV"},
		{"2022-03-03", "President Herzog met Prime Minister Bennett.", "President Herzog=ISRGOV | Prime Minister Bennett=ISRGOV"},
		{"1987-03-03", "Prime Minister Clark met Chancellor Kohl.", "Prime Minister Clark=CANGOV | Chancellor Kohl=DEUGOV"},
		{"2005-03-03", "Prime Minister Clark met Chancellor Kohl.", "Prime Minister Clark=NZLGOV | Chancellor Kohl=DEUGOV"},
		{"1987-03-03", "The Nakasone government said it would act.", "The Nakasone government=JPNGOV"},
		{"1990-03-03", "Foreign Minister Aziz met President Mubarak.", "Foreign Minister Aziz=IRQGOV | President Mubarak=EGYGOV"},
		{"2005-03-03", "Prime Minister Aziz met President Mubarak.", "Prime Minister Aziz=PAKGOV | President Mubarak=EGYGOV"},
	}, showCode)
}

// TestHolderPeople8 checks lone surnames of office holders of 1980-1999
// and of their namesakes: a namesake of another state whose roles begin
// after the date, or ended more than twenty years before it, does not
// compete (Gerhard Stoltenberg in 1987, Jens Stoltenberg in 2016); a
// person out of every role for that long is not named by a lone surname
// at all; "Santos", a common name and a Brazilian port, names no one.
func TestHolderPeople8(t *testing.T) {
	checkHolders(t, []holderCase{
		{"reagan", "1987-03-03", "USAGOV USA [GOV] Ronald Reagan"},
		{"reagan", "1995-03-03", "USA USA [] Ronald Reagan"},
		{"reagan", "2015-03-03", ""},
		{"stoltenberg", "1987-03-03", "DEUGOV DEU [GOV] Gerhard Stoltenberg"},
		{"stoltenberg", "2016-03-03", "IGOWSTNAT  [] Jens Stoltenberg"},
		{"stoltenberg", "2008-03-03", ""}, // both in view: Jens in Norway's government, Gerhard out since 1992
		{"yeutter", "1987-03-03", "USAGOV USA [GOV] Clayton Yeutter"},
		{"nakasone", "1987-03-03", "JPNGOV JPN [GOV] Yasuhiro Nakasone"},
		{"nakasone", "2009-03-03", "JPNGOV JPN [GOV] Hirofumi Nakasone"},
		{"funaro", "1987-03-03", "BRAGOV BRA [GOV] Dilson Funaro"},
		{"lawson", "1987-03-03", "GBRGOV GBR [GOV] Nigel Lawson"},
		{"herzog", "1995-03-03", "DEUGOV DEU [GOV] Roman Herzog"},
		{"herzog", "2022-03-03", "ISRGOV ISR [GOV] Isaac Herzog"},
		{"santos", "1987-03-03", ""},
		{"blair", "2019-06-01", ""},
	})
}

// TestPeople8More checks heads of state and government of other states
// of 1980-1999 (people.txt, second people8 section), and a change of
// role code: Charles Haughey leads the opposition between his terms.
func TestPeople8More(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"1987-03-03", "Corazon Aquino spoke on Monday.", "Corazon Aquino=PHLGOV"},
		{"1987-03-03", "Bob Hawke spoke on Monday.", "Bob Hawke=AUSGOV"},
		{"1987-03-03", "Paul Keating spoke on Monday.", "Paul Keating=AUSGOV"},
		{"1987-03-03", "Charles Haughey spoke on Monday.", "Charles Haughey=IRLOPP"},
		{"1988-03-03", "Charles Haughey spoke on Monday.", "Charles Haughey=IRLGOV"},
		{"1987-03-03", "Wim Duisenberg spoke on Monday.", "Wim Duisenberg=NLDGOV"},
		{"2000-03-03", "Wim Duisenberg spoke on Monday.", "Wim Duisenberg=IGOEURECB"},
		{"1987-03-03", "Lech Walesa spoke on Monday.", "Lech Walesa=POLOPP"},
		{"1992-03-03", "Lech Walesa spoke on Monday.", "Lech Walesa=POLGOV"},
		{"1987-03-03", "Suharto spoke on Monday.", "Suharto=IDNGOV"},
		{"1985-03-03", "Ferdinand Marcos spoke on Monday.", "Ferdinand Marcos=PHLGOV"},
		{"2023-03-03", "Ferdinand Marcos spoke on Monday.", "Ferdinand Marcos=PHLGOV"},
		{"1987-03-03", "Augusto Pinochet spoke on Monday.", "Augusto Pinochet=CHLGOV"},
		{"1988-03-03", "Manuel Noriega spoke on Monday.", "Manuel Noriega=PANMIL"},
	}, showCode)
}
