<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActiveCallsModel</name>
    <message>
        <location filename="../../reception_console/ui/models/calls_model.py" line="+69"/>
        <source>Ringing</source>
        <translation>Dzwoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the line</source>
        <translation>W trakcie rozmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome not saved</source>
        <translation>Wynik niezapisany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown line %1</source>
        <translation>Nieznana linia %1</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/people_dialog.py" line="+49"/>
        <source>Add a person</source>
        <translation>Nowy użytkownik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in greetings</source>
        <translation>Imię w powitaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
</context>
<context>
    <name>AgeLimit</name>
    <message>
        <location filename="../../reception_console/ui/fields.py" line="+198"/>
        <source>years</source>
        <translation>lat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>miesięcy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no upper limit</source>
        <translation>bez górnej granicy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from birth</source>
        <translation>od urodzenia</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/questions_tab.py" line="+31"/>
        <source>Add the answer to the card</source>
        <translation>Dodaj odpowiedź do karty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer or steps</source>
        <translation>Odpowiedź lub kroki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Asked %n time(s). Saving closes the question for everyone who asked it.</source>
        <translation>
            <numerusform>Pytanie zadano %n raz. Po zapisaniu zostanie zamknięte dla wszystkich, którzy o nie pytali.</numerusform>
            <numerusform>Pytanie zadano %n razy. Po zapisaniu zostanie zamknięte dla wszystkich, którzy o nie pytali.</numerusform>
            <numerusform>Pytanie zadano %n razy. Po zapisaniu zostanie zamknięte dla wszystkich, którzy o nie pytali.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reception_console/app.py" line="+512"/>
        <source>Read only: %1 Cards are shown at every ring; calls and what you type are kept on this PC and stored once that is done.</source>
        <translation>Tylko odczyt: %1 Karta kliniki pojawia się przy każdym połączeniu; połączenia i to, co wpiszesz, zostają na tym komputerze i zostaną zapisane, gdy to zostanie zrobione.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <location line="+61"/>
        <source>Reception Console</source>
        <translation>Konsola rejestracji</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The database cannot be opened:
%1

%2</source>
        <translation>Nie można otworzyć bazy danych:
%1

%2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A settings file could not be read and was ignored:
%1</source>
        <translation>Nie udało się odczytać pliku ustawień, więc został pominięty:
%1</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>The phone is ringing: %1 — %2. Sign in to answer; the call is recorded.</source>
        <translation>Dzwoni telefon: %1 — %2. Zaloguj się, aby odebrać; połączenie jest zapisane.</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Embedded database</source>
        <translation>Baza lokalna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared database</source>
        <translation>Baza wspólna</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/assign_dialog.py" line="+36"/>
        <source>Assign training</source>
        <translation>Zleć szkolenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receptionist</source>
        <translation>Pracownik rejestracji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Practice a scenario</source>
        <translation>Ć&amp;wiczenie scenariusza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the monthly &amp;test</source>
        <translation>&amp;Test miesięczny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. before your first shift on this line</source>
        <translation>np. przed pierwszym dyżurem na tej linii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Receptionist</source>
        <translation>&amp;Pracownik rejestracji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clinic</source>
        <translation>Prz&amp;ychodnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenariusz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Uwaga</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>any of the clinic&apos;s scenarios</source>
        <translation>dowolny scenariusz przychodni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a receptionist and a clinic.</source>
        <translation>Wybierz pracownika rejestracji i przychodnię.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/audit_dialog.py" line="+31"/>
        <location line="+69"/>
        <source>Audit trail</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>viewed a caller&apos;s history</source>
        <translation>przejrzał historię dzwoniącego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>wyeksportował</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a clinic card</source>
        <translation>zmienił kartę przychodni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a person</source>
        <translation>zmienił dane osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymised old calls</source>
        <translation>zanonimizował stare połączenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed out a caller&apos;s data</source>
        <translation>wydał dane dzwoniącego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased a caller&apos;s data</source>
        <translation>usunął dane dzwoniącego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passwords: sign-in slowed down</source>
        <translation>błędne hasła: logowanie spowolnione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Czego dotyczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PC</source>
        <translation>komputer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login or PC</source>
        <translation>Login lub komputer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passwords in a row</source>
        <translation>Błędne hasła z rzędu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last one</source>
        <translation>Ostatnie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events</source>
        <translation>Zdarzenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in lockouts</source>
        <translation>Blokady logowania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the audit trail</source>
        <translation>Eksport dziennika zdarzeń</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>CallAnnouncements</name>
    <message>
        <location filename="../../reception_console/ui/console/announcements.py" line="+31"/>
        <source>Call ringing: %1</source>
        <translation>Dzwoni telefon: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting too long: %1</source>
        <translation>Czeka zbyt długo: %1</translation>
    </message>
</context>
<context>
    <name>CallBackTime</name>
    <message>
        <location filename="../../reception_console/ui/console/call_back_time.py" line="+15"/>
        <source>In the morning</source>
        <translation>Rano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the afternoon</source>
        <translation>Po południu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After 17:00</source>
        <translation>Po 17:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>O każdej porze</translation>
    </message>
</context>
<context>
    <name>CallBackTimeField</name>
    <message>
        <location line="+16"/>
        <source>e.g. Friday after 15:00</source>
        <translation>np. w piątek po 15:00</translation>
    </message>
</context>
<context>
    <name>CallHeader</name>
    <message>
        <location filename="../../reception_console/ui/console/call_header.py" line="+60"/>
        <source>Answer  F9</source>
        <translation>Odbierz  F9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End  F10</source>
        <translation>Zakończ  F10</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Calling back %1</source>
        <translation>Oddzwonienie: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Returning patient · %n earlier call(s)</source>
        <translation>
            <numerusform>Znany numer · %n połączenie</numerusform>
            <numerusform>Znany numer · %n połączenia</numerusform>
            <numerusform>Znany numer · %n połączeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The caller hung up before anyone answered</source>
        <translation>Dzwoniący rozłączył się, zanim ktoś odebrał</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../reception_console/ui/models/callbacks_model.py" line="+52"/>
        <source>%1 · by %2</source>
        <translation>%1 · oddzwonić do %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue: call back by %1</source>
        <translation>Po terminie: oddzwonić do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back by %1</source>
        <translation>Oddzwonić do %1</translation>
    </message>
</context>
<context>
    <name>CardEditorWindow</name>
    <message>
        <location filename="../../reception_console/ui/editor/window.py" line="+60"/>
        <source>Clinic cards — Reception Console</source>
        <translation>Karty przychodni — Konsola rejestracji</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show archived</source>
        <translation>Pokaż archiwum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>New clinic…</source>
        <translation>Nowa przychodnia…</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+135"/>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+14"/>
        <source>Clinics</source>
        <translation>Przychodnie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save  Ctrl+S</source>
        <translation>Zapisz  Ctrl+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global prompts…</source>
        <translation>Wspólne podpowiedzi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all…</source>
        <translation>Eksportuj wszystkie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this clinic…</source>
        <translation>Eksportuj tę przychodnię…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People…</source>
        <translation>Użytkownicy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail…</source>
        <translation>Dziennik zdarzeń…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(archived)</source>
        <translation>(w archiwum)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n pytanie bez odpowiedzi</numerusform>
            <numerusform>%n pytania bez odpowiedzi</numerusform>
            <numerusform>%n pytań bez odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unsaved changes</source>
        <translation>niezapisane zmiany</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved</source>
        <translation>zapisano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 · %2</source>
        <translation>wersja %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n problem(s) to fix before saving. First: %1</source>
        <translation>
            <numerusform>%n błąd do poprawienia przed zapisaniem: %1</numerusform>
            <numerusform>%n błędy do poprawienia przed zapisaniem. Pierwszy: %1</numerusform>
            <numerusform>%n błędów do poprawienia przed zapisaniem. Pierwszy: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database cannot be reached; nothing was saved and your edits are still here. (%1)</source>
        <translation>Brak połączenia z bazą danych: nic nie zapisano, a wprowadzone zmiany nadal tu są. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Consoles showing this card update within 2 seconds.</source>
        <translation>Zapisano. Konsole, na których widać tę kartę, odświeżą się w ciągu 2 sekund.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your changes are on top of theirs: check and save.</source>
        <translation>Twoje zmiany nałożono na nowszą wersję karty: sprawdź i zapisz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the changes to %1?</source>
        <translation>Zapisać zmiany w karcie „%1”?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The item this change was about has been removed from the card since.</source>
        <translation>Element, którego dotyczyła ta zmiana, został już usunięty z karty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item is on the card already.</source>
        <translation>Ten element już jest w karcie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Revert</source>
        <translation>Cofnięcie zmiany</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This change cannot be reverted now:</source>
        <translation>Tej zmiany nie można teraz cofnąć:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The card changed meanwhile; try again.</source>
        <translation>Karta zmieniła się w międzyczasie; spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer is on the card; the question is closed.</source>
        <translation>Odpowiedź jest już w karcie, a pytanie zostało zamknięte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 created.</source>
        <translation>Utworzono przychodnię „%1”.</translation>
    </message>
</context>
<context>
    <name>CardErrors</name>
    <message>
        <location filename="../../reception_console/ui/fields.py" line="-173"/>
        <source>Fill this in.</source>
        <translation>Uzupełnij to pole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Za długi tekst: najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this on one line.</source>
        <translation>Zmieść to w jednym wierszu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains invisible control characters; retype it.</source>
        <translation>Zawiera niewidoczne znaki sterujące; wpisz to jeszcze raz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use lower-case letters, digits and dashes, e.g. med-centrum.</source>
        <translation>Użyj małych liter bez polskich znaków, cyfr i myślników, np. med-centrum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another clinic has this key.</source>
        <translation>Inna przychodnia ma już ten identyfikator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the card.</source>
        <translation>Wybierz język karty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time zone such as Europe/Warsaw.</source>
        <translation>Wybierz strefę czasową, np. Europe/Warsaw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a three-letter currency code such as PLN.</source>
        <translation>Wpisz trzyliterowy kod waluty, np. PLN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount such as 180 or 180.50.</source>
        <translation>Wpisz kwotę, np. 180 lub 180,50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A price cannot be negative.</source>
        <translation>Cena nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most two decimal places.</source>
        <translation>Najwyżej dwa miejsca po przecinku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large: at most %1.</source>
        <translation>Za duża wartość: najwyżej %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too small: at least %1.</source>
        <translation>Za mała wartość: co najmniej %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the number with its country code, e.g. +48 22 843 12 00.</source>
        <translation>Wpisz numer z kodem kraju, np. +48 22 843 12 00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A clinic needs at least one phone line.</source>
        <translation>Przychodnia musi mieć co najmniej jedną linię.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is listed twice.</source>
        <translation>Ten numer jest na liście dwa razy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is already a line of %1.</source>
        <translation>Ten numer to już linia przychodni „%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two specialists have the same key.</source>
        <translation>Dwóch specjalistów ma ten sam identyfikator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upper age limit is below the lower one.</source>
        <translation>Górna granica wieku jest niższa niż dolna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a specialist of this clinic.</source>
        <translation>Wybierz specjalistę z tej przychodni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter language codes separated by commas, e.g. pl, en.</source>
        <translation>Dwuliterowe kody języków oddzielone przecinkami, np. pl, en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an e-mail address.</source>
        <translation>To nie jest adres e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages by e-mail need an e-mail address.</source>
        <translation>Wiadomości e-mailem wymagają adresu e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages by SMS need a mobile number.</source>
        <translation>Wiadomości SMS wymagają numeru komórkowego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a landline: it cannot receive SMS.</source>
        <translation>%1 to numer stacjonarny: nie odbierze SMS-ów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown placeholder %1: use {time_of_day}, {clinic}, {receptionist}, {role}.</source>
        <translation>Nieznany znacznik %1: użyj {time_of_day}, {clinic}, {receptionist}, {role}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This objection is listed twice.</source>
        <translation>Ta wątpliwość jest na liście dwa razy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another console saved a clashing change; reload and try again.</source>
        <translation>Na innej konsoli zapisano sprzeczną zmianę; wczytaj kartę ponownie i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a field of the card format.</source>
        <translation>Nie ma takiego pola w formacie karty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a field of the card format.</source>
        <translation>%1 nie jest polem formatu karty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be text.</source>
        <translation>Musi być tekstem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be a whole number.</source>
        <translation>Musi być liczbą całkowitą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing: this is required.</source>
        <translation>Brak: to pole jest wymagane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be an amount in quotes, such as &quot;180.00&quot;.</source>
        <translation>Musi być kwotą w cudzysłowie, np. &quot;180.00&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an amount.</source>
        <translation>%1 nie jest kwotą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be a list of texts.</source>
        <translation>Musi być listą tekstów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be a list.</source>
        <translation>Musi być listą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be an object { … }.</source>
        <translation>Musi być obiektem { … }.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be one of: %1.</source>
        <translation>Musi być jednym z: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be %1.</source>
        <translation>Musi być %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language %1 has another script in this file.</source>
        <translation>Język %1 ma w tym pliku jeszcze jeden skrypt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another clinic in this file has the key %1.</source>
        <translation>Inna placówka w tym pliku ma klucz %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid JSON (%1).</source>
        <translation>Niepoprawny JSON (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a card file (nested too deeply).</source>
        <translation>To nie jest plik kart (zbyt głębokie zagnieżdżenie).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB is too large for a card file.</source>
        <translation>%1 MB to za dużo na plik kart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not UTF-8 text.</source>
        <translation>To nie jest tekst UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be read (%1).</source>
        <translation>Nie można odczytać (%1).</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <location line="+153"/>
        <source>Only in the console</source>
        <translation>Tylko w konsoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail and SMS</source>
        <translation>E-mail i SMS</translation>
    </message>
</context>
<context>
    <name>CardFiles</name>
    <message>
        <location filename="../../reception_console/ui/editor/files.py" line="+40"/>
        <source>Card files (*.json)</source>
        <translation>Pliki kart (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <location line="+11"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 was not imported: nothing was changed.</source>
        <translation>Nie zaimportowano pliku %1: nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import clinic cards</source>
        <translation>Import kart przychodni</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The cards in %1 are already as the file says.</source>
        <translation>Karty są już takie jak w pliku %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1?

New clinics: %2
Updated clinics: %3
Unchanged: %4
Global prompts: %5</source>
        <translation>Zaimportować plik %1?

Nowe przychodnie: %2
Zmienione przychodnie: %3
Bez zmian: %4
Wspólne podpowiedzi: %5</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 imported.</source>
        <translation>Zaimportowano plik %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export clinic cards</source>
        <translation>Eksport kart przychodni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cards written to %1.</source>
        <translation>Zapisano karty w pliku %1.</translation>
    </message>
</context>
<context>
    <name>CardLists</name>
    <message>
        <location filename="../../reception_console/ui/editor/item_forms.py" line="+66"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Specialist</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Specjalizacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Phrase</source>
        <translation>Zwrot</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../reception_console/ui/console/card_panel.py" line="+107"/>
        <source>Search the card, or type an age: 5, 5 lat, 8 mies, 6 months…  (Ctrl+F)</source>
        <translation>Szukaj w karcie albo wpisz wiek: 5, 5 lat, 8 mies…  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the card</source>
        <translation>Szukaj w karcie</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <source>Specialists</source>
        <translation>Specjaliści</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Services and prices</source>
        <translation>Usługi i ceny</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Algorithms for hard questions</source>
        <translation>Algorytmy na trudne pytania</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>age %1</source>
        <translation>wiek: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n specialist(s)</source>
        <translation>
            <numerusform>%1 z %n specjalisty</numerusform>
            <numerusform>%1 z %n specjalistów</numerusform>
            <numerusform>%1 z %n specjalistów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No algorithm matches the search.</source>
        <translation>Żaden algorytm nie pasuje do wyszukiwania.</translation>
    </message>
</context>
<context>
    <name>CardTabs</name>
    <message>
        <location filename="../../reception_console/ui/editor/card_tabs.py" line="+47"/>
        <source>Add line</source>
        <translation>Dodaj linię</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add specialist</source>
        <translation>Dodaj specjalistę</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add service</source>
        <translation>Dodaj usługę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add entry</source>
        <translation>Dodaj algorytm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone lines</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialists</source>
        <translation>Specjaliści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts</source>
        <translation>Podpowiedzi</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Knowledge</source>
        <translation>Algorytmy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Pytania</translation>
    </message>
</context>
<context>
    <name>ChangeFields</name>
    <message>
        <location filename="../../reception_console/ui/models/changes_model.py" line="+42"/>
        <source>name and title</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>identyfikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>strefa czasowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average check</source>
        <translation>średnia wartość wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to get there</source>
        <translation>dojazd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parking</source>
        <translation>parking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening hours</source>
        <translation>godziny otwarcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner / manager</source>
        <translation>właściciel / kierownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {role} word</source>
        <translation>słowo w miejsce {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greeting</source>
        <translation>powitanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>numer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>opis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialty</source>
        <translation>specjalizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patients from (months)</source>
        <translation>pacjenci od (w miesiącach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patients up to (months)</source>
        <translation>pacjenci do (w miesiącach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit length (min)</source>
        <translation>czas wizyty (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>languages</source>
        <translation>języki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialist</source>
        <translation>specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price</source>
        <translation>cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration (min)</source>
        <translation>czas trwania (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparation</source>
        <translation>przygotowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>pytanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>tagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objection prompts</source>
        <translation>podpowiedzi na wątpliwości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready phrases</source>
        <translation>gotowe zwroty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialists</source>
        <translation>specjaliści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>usługi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knowledge entries</source>
        <translation>algorytmy</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location line="-57"/>
        <source>Clinic details</source>
        <translation>Dane przychodni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone line</source>
        <translation>Linia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge entry</source>
        <translation>Algorytm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts and phrases</source>
        <translation>Podpowiedzi i zwroty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the lists</source>
        <translation>Kolejność na listach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added</source>
        <translation>dodano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>zmieniono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed (archived)</source>
        <translation>usunięto (do archiwum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brought back</source>
        <translation>przywrócono</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>command line</source>
        <translation>wiersz poleceń</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location line="+27"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
</context>
<context>
    <name>ClinicFacts</name>
    <message>
        <location filename="../../reception_console/ui/console/clinic_facts.py" line="+35"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directions</source>
        <translation>Dojazd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
</context>
<context>
    <name>ClinicForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/clinic_tab.py" line="+67"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>said in the greeting</source>
        <translation>tak jak w powitaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>made from the name</source>
        <translation>powstaje z nazwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifies the clinic in card files; it does not change once saved.</source>
        <translation>Oznacza przychodnię w plikach kart; po zapisaniu już się nie zmienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the card</source>
        <translation>Język karty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average check</source>
        <translation>Średnia wartość wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the estimate of revenue lost on missed and unbooked calls.</source>
        <translation>Służy do szacowania przychodu utraconego przez nieodebrane połączenia i nieumówionych pacjentów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner / manager</source>
        <translation>Właściciel / kierownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s phone</source>
        <translation>Telefon właściciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s e-mail</source>
        <translation>E-mail właściciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages for the owner</source>
        <translation>Wiadomości dla właściciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep callers&apos; data</source>
        <translation>Przechowuj dane dzwoniących</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After this many months the clinic&apos;s calls are anonymised: the caller&apos;s number and name, the patient&apos;s name, notes and messages are cleared. The figures stay as they were.</source>
        <translation>Po tylu miesiącach połączenia przychodni są anonimizowane: numer i nazwisko dzwoniącego, nazwisko pacjenta, notatki i wiadomości są usuwane. Wskaźniki pozostają bez zmian.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to get there</source>
        <translation>Dojazd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../reception_console/ui/editor/wizard.py" line="+92"/>
        <source>The clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its name as said in the greeting, the language of its patients and the numbers they dial.</source>
        <translation>Nazwa taka jak w powitaniu, język pacjentów i numery, pod które dzwonią.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add line</source>
        <translation>Dodaj linię</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Phone lines</source>
        <translation>Linie</translation>
    </message>
</context>
<context>
    <name>ClinicWizard</name>
    <message>
        <location line="+140"/>
        <source>New clinic</source>
        <translation>Nowa przychodnia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add specialist</source>
        <translation>Dodaj specjalistę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add service</source>
        <translation>Dodaj usługę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address and how to get there</source>
        <translation>Adres i dojazd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address; public transport, landmarks, which entrance, which floor.</source>
        <translation>Ulica i numer; komunikacja miejska, punkty orientacyjne, które wejście, które piętro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to get there</source>
        <translation>Dojazd</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Where patients park, whether it is free, how to get in.</source>
        <translation>Gdzie pacjenci mogą zaparkować, czy parking jest bezpłatny i jak na niego wjechać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>One line per group of days, e.g. Mon–Fri 8:00–20:00.</source>
        <translation>Jeden wiersz na grupę dni, np. pon.–pt. 8:00–20:00.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specialists and the ages they accept</source>
        <translation>Specjaliści i wiek pacjentów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sees patients, and from what age up to what age (in years or months).</source>
        <translation>Kto przyjmuje pacjentów i w jakim wieku: od ilu do ilu lat (albo miesięcy).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit length</source>
        <translation>Czas wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long one visit with each specialist takes.</source>
        <translation>Ile trwa jedna wizyta u każdego specjalisty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Services and preparation</source>
        <translation>Usługi i przygotowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What patients book, who performs it, and what they must do before the visit.</source>
        <translation>Na co pacjenci się umawiają, kto to wykonuje i jak przygotować się do wizyty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The price of each service.</source>
        <translation>Cena każdej usługi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create clinic</source>
        <translation>Utwórz przychodnię</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/conflict_dialog.py" line="+29"/>
        <source>The card was changed meanwhile</source>
        <translation>Karta została zmieniona w międzyczasie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was saved by someone else while you edited it. Nothing of yours was saved yet.</source>
        <translation>W czasie Twojej edycji ktoś inny zapisał kartę „%1”. Twoich zmian jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Twoja wersja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clinic was archived or restored meanwhile.</source>
        <translation>W międzyczasie przychodnię przeniesiono do archiwum albo z niego przywrócono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes, not saved yet:</source>
        <translation>Twoje zmiany, jeszcze niezapisane:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reapply: your edits are put on top of the card as it is now (where you both changed the same field, yours wins); check the result and save again. Reload: your edits are dropped.</source>
        <translation>„Nałóż moje zmiany”: Twoje poprawki trafią do obecnej wersji karty (jeśli druga osoba zmieniła to samo pole, zostaje Twoja wersja); sprawdź wynik i zapisz jeszcze raz. „Odrzuć moje”: Twoje poprawki przepadną.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reapply my changes on top</source>
        <translation>Nałóż moje zmiany na nowszą wersję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard mine and reload</source>
        <translation>Odrzuć moje i wczytaj ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Edytuj dalej</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What changed meanwhile:</source>
        <translation>Co zmieniło się w międzyczasie:</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../reception_console/platform/crash.py" line="+31"/>
        <source>Reception Console</source>
        <translation>Konsola rejestracji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the console. What you typed is kept as a draft.

Please tell IT and give them the log file:
%1</source>
        <translation>W konsoli wystąpił nieoczekiwany błąd. To, co zostało wpisane, jest zachowane jako szkic.

Zgłoś to działowi IT i przekaż im plik dziennika:
%1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/tables.py" line="+26"/>
        <source>Too expensive</source>
        <translation>Za drogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will think</source>
        <translation>Chce się zastanowić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No suitable time</source>
        <translation>Brak pasującego terminu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Za daleko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants a specific doctor</source>
        <translation>Chce do konkretnego lekarza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+53"/>
        <source>Receptionist</source>
        <translation>Pracownik rejestracji</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>(not signed in)</source>
        <translation>(bez logowania)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <location line="+78"/>
        <source>Offered</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+71"/>
        <source>Answered</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <location line="+77"/>
        <source>Missed</source>
        <translation>Nieodebrane</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+70"/>
        <source>Answer rate</source>
        <translation>Odsetek odebranych</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Service level</source>
        <translation>Poziom obsługi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed of answer</source>
        <translation>Czas odebrania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle time</source>
        <translation>Czas obsługi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Booked</source>
        <translation>Umówiono</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Not booked</source>
        <translation>Nie umówiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <location line="+13"/>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Line conversion</source>
        <translation>Konwersja linii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost bookings</source>
        <translation>Utracone wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Ponowne kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered</source>
        <translation>Odzyskani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback coverage</source>
        <translation>Odsetek oddzwonień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show rate</source>
        <translation>Stawiennictwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receptionists</source>
        <translation>Pracownicy rejestracji</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal reasons</source>
        <translation>Powody odmów</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target bookings</source>
        <translation>Cel: wizyty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booked so far</source>
        <translation>Umówiono dotąd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target conversion</source>
        <translation>Cel: konwersja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly targets</source>
        <translation>Cele miesięczne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mon</source>
        <translation>Pn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Wt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Śr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Cz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Nd</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+50"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Calls by hour</source>
        <translation>Połączenia wg godzin</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 offered, %2 missed</source>
        <translation>przychodzące: %1, nieodebrane: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hour</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>For</source>
        <translation>Dla</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Call back when</source>
        <translation>Kiedy oddzwonić</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery</source>
        <translation>Doręczenie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Specialist</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected value</source>
        <translation>Przewidywana kwota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits to mark</source>
        <translation>Wizyty do oznaczenia</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/window.py" line="+97"/>
        <source>Supervisor dashboard</source>
        <translation>Wskaźniki rejestracji</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Why patients did not book</source>
        <translation>Dlaczego pacjenci się nie umówili</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Offered calls by day of the week and hour (local time); red: share missed</source>
        <translation>Połączenia przychodzące wg dnia tygodnia i godziny (czas lokalny); czerwień: udział nieodebranych</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend and hours</source>
        <translation>Trend i godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss points</source>
        <translation>Punkty strat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work lists</source>
        <translation>Listy zadań</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Własny zakres…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All clinics</source>
        <translation>Wszystkie przychodnie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered within </source>
        <translation>w ciągu </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s</source>
        <comment>unit: seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by day</source>
        <translation>wg dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by week</source>
        <translation>wg tygodni</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/dashboard/widgets.py" line="+182"/>
        <location filename="../../reception_console/ui/dashboard/window.py" line="+2"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/dashboard/window.py" line="+9"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Service level</source>
        <translation>Poziom obsługi</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Booking conversion</source>
        <translation>Konwersja na wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer rate</source>
        <translation>Odsetek odebranych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show rate</source>
        <translation>Stawiennictwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line conversion</source>
        <translation>Konwersja linii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls offered</source>
        <translation>Połączenia przychodzące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed of answer</source>
        <translation>Czas odebrania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups recovered</source>
        <translation>Odzyskani pacjenci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls called back</source>
        <translation>Oddzwonione nieodebrane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost revenue</source>
        <translation>Utracony przychód</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures could not be loaded: %1</source>
        <translation>Nie udało się wczytać wskaźników: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+10"/>
        <source>goal %1</source>
        <translation>cel %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>within %1 s · goal %2</source>
        <translation>w ciągu %1 s · cel %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 est. target calls</source>
        <translation>szac. połączenia celowe: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered · %2 missed</source>
        <translation>odebrane: %1 · nieodebrane: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handle time %1</source>
        <translation>czas obsługi %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>booked within 30 days</source>
        <translation>umówili się w ciągu 30 dni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>within %1 h · median %2</source>
        <translation>w ciągu %1 godz. · mediana %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lost bookings</source>
        <translation>utracone wizyty: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a clinic: currencies differ</source>
        <translation>wybierz przychodnię: różne waluty</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – %2 · computed in %3 ms</source>
        <translation>%1 – %2 · obliczono w %3 ms</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The goal conversion is above 0% and at most 100%.</source>
        <translation>Docelowa konwersja musi być większa od 0% i nie większa niż 100%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal and average check saved for the clinic.</source>
        <translation>Zapisano cel i średnią wartość wizyty dla przychodni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly target</source>
        <translation>Cel miesięczny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target saved.</source>
        <translation>Zapisano cel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All tables to Excel (XLSX)…</source>
        <translation>Wszystkie tabele do Excela (XLSX)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to CSV…</source>
        <translation>%1 do CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export to Excel</source>
        <translation>Eksport do Excela</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to CSV</source>
        <translation>Eksport do CSV</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/dashboard/widgets.py" line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/dashboard/window.py" line="+11"/>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
</context>
<context>
    <name>DatabaseAction</name>
    <message>
        <location filename="../../reception_console/ui/database_dialog.py" line="+126"/>
        <source>Shared database…</source>
        <translation>Wspólna baza danych…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared database saved: consoles on this PC use it from their next start.</source>
        <translation>Wspólna baza danych zapisana: konsole na tym komputerze użyją jej od następnego uruchomienia.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location line="-104"/>
        <source>Shared database</source>
        <translation>Wspólna baza danych</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>libpq&apos;s default</source>
        <translation>domyślnie (libpq)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate:</source>
        <translation>Certyfikat &amp;CA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unattended sign-in:</source>
        <translation>&amp;Logowanie bez obsługi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its pass&amp;word:</source>
        <translation>Jego &amp;hasło:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the unattended sign-in empty where people sign in themselves. Its password is kept in the system keyring, never in a file. Consoles on this PC use the new settings from their next start.</source>
        <translation>Zostaw logowanie bez obsługi puste tam, gdzie ludzie logują się sami. Jego hasło jest przechowywane w systemowym magazynie haseł, nigdy w pliku. Konsole na tym komputerze użyją nowych ustawień od następnego uruchomienia.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the server and the database.</source>
        <translation>Wpisz serwer i bazę danych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificate file does not exist.</source>
        <translation>Plik certyfikatu CA nie istnieje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keyring refused the password; nothing was saved.</source>
        <translation>Systemowy magazyn haseł odrzucił hasło; niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The settings could not be written:</source>
        <translation>Nie udało się zapisać ustawień:</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <location filename="../../reception_console/ui/delivery_text.py" line="+14"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent at %1</source>
        <translation>wysłano %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>nie wysłano: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed on by phone</source>
        <translation>przekazano telefonicznie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued, trying again at %1 (%2)</source>
        <translation>w kolejce, kolejna próba %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reception_console/ui/error_text.py" line="+20"/>
        <source>Enter a phone number.</source>
        <translation>Wpisz numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/outgoing_call.py" line="+71"/>
        <source>The phone link holds no number.</source>
        <translation>Link telefoniczny nie zawiera numeru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone link is too long to be a phone number.</source>
        <translation>Link telefoniczny jest za długi, by był numerem telefonu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reception_console/ui/error_text.py" line="+1"/>
        <source>“%1” is not a phone number.</source>
        <translation>„%1” to nie jest numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/error_text.py" line="+1"/>
        <source>“%1” has too few or too many digits.</source>
        <translation>„%1” ma za mało albo za dużo cyfr.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A target cannot be negative.</source>
        <translation>Cel nie może być ujemny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A conversion target is between 0% and 100%.</source>
        <translation>Cel konwersji musi mieścić się między 0% a 100%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal conversion is above 0% and at most 100%.</source>
        <translation>Docelowa konwersja musi być większa od 0% i nie większa niż 100%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average check cannot be negative.</source>
        <translation>Średnia wartość wizyty nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This console is older than the database: install the new version (the database is at schema %1; this version knows up to %2). Or point this console at another database.</source>
        <translation>Ta konsola jest starsza niż baza danych: zainstaluj nową wersję (baza ma schemat %1; ta wersja zna schematy do %2). Albo wskaż tej konsoli inną bazę danych.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared database has no tables yet: IT sets it up with “reception-console db init”.</source>
        <translation>Wspólna baza danych nie ma jeszcze tabel: dział IT przygotowuje ją poleceniem „reception-console db init”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shared database must be upgraded by IT: “reception-console db upgrade” (it is at schema %1; this console needs %2). Nothing was changed.</source>
        <translation>Wspólną bazę danych musi zaktualizować dział IT: „reception-console db upgrade” (baza ma schemat %1; ta konsola potrzebuje %2). Niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../../reception_console/ui/formatting.py" line="+24"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>all ages</source>
        <translation>każdy wiek</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>from %n month(s)</source>
        <translation>
            <numerusform>od %n miesiąca</numerusform>
            <numerusform>od %n miesięcy</numerusform>
            <numerusform>od %n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>up to %n year(s)</source>
        <translation>
            <numerusform>do %n roku</numerusform>
            <numerusform>do %n lat</numerusform>
            <numerusform>do %n lat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>up to %n month(s)</source>
        <translation>
            <numerusform>do %n miesiąca</numerusform>
            <numerusform>do %n miesięcy</numerusform>
            <numerusform>do %n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1–%n year(s)</source>
        <translation>
            <numerusform>%1–%n rok</numerusform>
            <numerusform>%1–%n lata</numerusform>
            <numerusform>%1–%n lat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>number withheld</source>
        <translation>numer zastrzeżony</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/gap_dialog.py" line="+32"/>
        <source>Couldn&apos;t answer</source>
        <translation>Nie znam odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the patient&apos;s question: your supervisor sees it and adds the answer to the card.</source>
        <translation>Wpisz pytanie pacjenta: kierownik rejestracji je zobaczy i doda odpowiedź do karty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no clinic)</source>
        <translation>(bez przychodni)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass it on</source>
        <translation>Przekaż</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <location filename="../../reception_console/ui/models/gaps_model.py" line="+40"/>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked</source>
        <translation>Ile razy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last asked</source>
        <translation>Ostatnio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Kto przekazał</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n raz</numerusform>
            <numerusform>%n razy</numerusform>
            <numerusform>%n razy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalScriptsDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/global_scripts.py" line="+29"/>
        <source>Global prompts and phrases</source>
        <translation>Wspólne podpowiedzi i zwroty</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n błąd do poprawienia przed zapisaniem.</numerusform>
            <numerusform>%n błędy do poprawienia przed zapisaniem.</numerusform>
            <numerusform>%n błędów do poprawienia przed zapisaniem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else saved these prompts meanwhile; they are reloaded.</source>
        <translation>W międzyczasie ktoś inny zapisał te podpowiedzi; wczytano je ponownie.</translation>
    </message>
</context>
<context>
    <name>GreetingForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/clinic_tab.py" line="+79"/>
        <source>Greeting</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {role} word</source>
        <translation>Słowo w miejsce {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert:</source>
        <translation>Wstaw:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the receptionist reads out:</source>
        <translation>Tak zabrzmi powitanie:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>As said at %1 local time by %2.</source>
        <translation>Przykład: godz. %1 czasu lokalnego, mówi %2.</translation>
    </message>
</context>
<context>
    <name>GreetingPage</name>
    <message>
        <location filename="../../reception_console/ui/editor/wizard.py" line="-109"/>
        <source>The greeting</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the receptionist says when she picks up. Check it, then create the clinic.</source>
        <translation>Co mówi rejestracja po odebraniu połączenia. Sprawdź powitanie i utwórz przychodnię.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../reception_console/ui/models/history_model.py" line="+47"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../reception_console/ui/editor/history_tab.py" line="+61"/>
        <source>Changes to the card</source>
        <translation>Zmiany w karcie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The change, before and after</source>
        <translation>Zmiana: przed i po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert this change</source>
        <translation>Cofnij tę zmianę</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <location filename="../../reception_console/ui/editor/items.py" line="+99"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed items are archived: calls that refer to them keep them.</source>
        <translation>Usunięte pozycje trafiają do archiwum: połączenia, które się do nich odnoszą, nadal je pokazują.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
</context>
<context>
    <name>KnowledgeForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/item_forms.py" line="-50"/>
        <source>Question or situation</source>
        <translation>Pytanie lub sytuacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer or steps</source>
        <translation>Odpowiedź lub kroki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>payment, card, parking</source>
        <translation>płatność, karta, parking</translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <location line="-184"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registration, children…</source>
        <translation>Rejestracja, dzieci…</translation>
    </message>
</context>
<context>
    <name>LossCalculator</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/loss_calculator.py" line="+46"/>
        <source>Choose one clinic above to see its loss points.</source>
        <translation>Wybierz powyżej jedną przychodnię, aby zobaczyć jej punkty strat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean of the period&apos;s bookings</source>
        <translation>średnia z wizyt w okresie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save for this clinic</source>
        <translation>Zapisz dla tej przychodni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal conversion</source>
        <translation>Docelowa konwersja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average check</source>
        <translation>Średnia wartość wizyty</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loss points</source>
        <translation>Punkty strat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss points — %1</source>
        <translation>Punkty strat — %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The average check is an amount, e.g. 3500 or 260.50.</source>
        <translation>Średnia wartość wizyty to kwota, np. 3500 lub 260,50.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(mean of the period&apos;s bookings)</source>
        <translation>(średnia z wizyt w okresie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls answered</source>
        <translation>Odebrane połączenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-target, measured</source>
        <translation>Niecelowe, zmierzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information only + non-target</source>
        <translation>tylko informacja + niecelowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target calls answered</source>
        <translation>Odebrane połączenia celowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booked + not booked</source>
        <translation>umówiono + nie umówiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target share</source>
        <translation>Udział połączeń celowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls at the same mix</source>
        <translation>Nieodebrane przy tej samej proporcji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated target calls</source>
        <translation>Szacowane połączenia celowe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bookings at the goal</source>
        <translation>Wizyty przy docelowej konwersji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Umówiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost bookings</source>
        <translation>Utracone wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost revenue</source>
        <translation>Utracony przychód</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reception_console/ui/console/main_window.py" line="+109"/>
        <location filename="../../reception_console/ui/console/person_at_console.py" line="+88"/>
        <source>Reception Console</source>
        <translation>Konsola rejestracji</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/calls_column.py" line="+23"/>
        <source>No calls.

Incoming calls appear here.
Ctrl+N starts one by hand.</source>
        <translation>Brak połączeń.

Tutaj pojawiają się połączenia przychodzące.
Ctrl+N dodaje połączenie ręcznie.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+12"/>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/window_actions.py" line="+62"/>
        <source>Main</source>
        <translation>Pasek główny</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New call  Ctrl+N</source>
        <translation>Nowe połączenie  Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My tasks  Ctrl+T</source>
        <translation>Moje zadania  Ctrl+T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Couldn&apos;t answer  Ctrl+K</source>
        <translation>Nie znam odpowiedzi  Ctrl+K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit cards  Ctrl+E</source>
        <translation>Edytuj karty  Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard  Ctrl+D</source>
        <translation>Wskaźniki  Ctrl+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice…  Ctrl+Shift+P</source>
        <translation>Ćwiczenie…  Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch user  Ctrl+Shift+L</source>
        <translation>Zmień użytkownika  Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/person_at_console.py" line="-38"/>
        <source>receptionist</source>
        <translation>rejestracja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>kierownik rejestracji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>administrator systemu</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/main_window.py" line="+152"/>
        <source>Missed call from %1 recorded; a callback task was created.</source>
        <translation>Zapisano nieodebrane połączenie (%1); utworzono zadanie oddzwonienia.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The database is back; everything kept meanwhile is stored.</source>
        <translation>Baza danych znów działa; wszystko, co w tym czasie czekało, jest już zapisane.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/clinic_chooser.py" line="+49"/>
        <source>No call in progress. Look up a clinic&apos;s card:</source>
        <translation>Brak trwającego połączenia. Zobacz kartę przychodni:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The line %1 belongs to no clinic. Choose the clinic to see its card:</source>
        <translation>Linia %1 nie należy do żadnej przychodni. Wybierz przychodnię, aby zobaczyć jej kartę:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose clinic…</source>
        <translation>Wybierz przychodnię…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which clinic is this call for? Choose it to see its card:</source>
        <translation>Której przychodni dotyczy to połączenie? Wybierz ją, aby zobaczyć jej kartę:</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/main_window.py" line="+103"/>
        <source>Answering on the phone…</source>
        <translation>Odbieranie połączenia w telefonie…</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/models/tasks_model.py" line="+40"/>
        <source>follow-up on %1</source>
        <translation>ponowny kontakt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>callback</source>
        <translation>oddzwonienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message for %1</source>
        <translation>wiadomość dla: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_console/ui/console/main_window.py" line="+74"/>
        <source>%n unsaved call(s) from the last session restored: finish and save the outcome.</source>
        <translation>
            <numerusform>Przywrócono %n niezapisane połączenie z poprzedniej sesji: dokończ i zapisz wynik.</numerusform>
            <numerusform>Przywrócono %n niezapisane połączenia z poprzedniej sesji: dokończ i zapisz wyniki.</numerusform>
            <numerusform>Przywrócono %n niezapisanych połączeń z poprzedniej sesji: dokończ i zapisz wyniki.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/task_actions.py" line="+105"/>
        <source>Question passed on to the supervisor.</source>
        <translation>Przekazano pytanie kierownikowi rejestracji.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+10"/>
        <source>Call back</source>
        <translation>Oddzwoń</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This task was done meanwhile by a colleague.</source>
        <translation>To zadanie zostało w międzyczasie wykonane przez koleżankę lub kolegę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague is already calling this patient back; the task has left your list.</source>
        <translation>Do tego pacjenta oddzwania już ktoś inny; zadanie zniknęło z Twojej listy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calling %1 on the phone; the outcome you save completes the task.</source>
        <translation>Telefon wybiera numer %1; zapisanie wyniku zamknie zadanie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dial %1 now; the outcome you save completes the task.</source>
        <translation>Wybierz teraz numer %1; zapisanie wyniku zamknie zadanie.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/person_at_console.py" line="+37"/>
        <source>An administrator switched off %1. Sign in to go on; the calls on screen are kept.</source>
        <translation>Administrator wyłączył konto: %1. Zaloguj się, aby kontynuować; połączenia na ekranie zostają.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/outgoing_call.py" line="+7"/>
        <location line="+21"/>
        <source>Call from a link</source>
        <translation>Połączenie z linku</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Nothing was dialled. %1</source>
        <translation>Nic nie wybrano. %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Calling %1 on the phone.</source>
        <translation>Telefon wybiera numer %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dial %1 now.</source>
        <translation>Wybierz teraz numer %1.</translation>
    </message>
</context>
<context>
    <name>MessageSettingsAction</name>
    <message>
        <location filename="../../reception_console/ui/messages_settings.py" line="+247"/>
        <source>Messages…</source>
        <translation>Wiadomości…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message settings saved: they apply from the next start of the console.</source>
        <translation>Ustawienia wiadomości zapisane: obowiązują od następnego uruchomienia konsoli.</translation>
    </message>
</context>
<context>
    <name>MessageSettingsDialog</name>
    <message>
        <location line="-183"/>
        <source>Messages: e-mail and SMS</source>
        <translation>Wiadomości: e-mail i SMS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>kept in the keyring</source>
        <translation>w magazynie haseł</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name</source>
        <translation>Nazwa nadawcy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No SMS</source>
        <translation>Bez SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP gateway</source>
        <translation>Bramka HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail to SMS</source>
        <translation>E-mail na SMS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the URL</source>
        <translation>W adresie URL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send SMS by</source>
        <translation>Wysyłaj SMS przez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway URL</source>
        <translation>Adres bramki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Treść żądania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Pola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>Nagłówki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token ({secret})</source>
        <translation>Token API ({secret})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail-to-SMS address</source>
        <translation>Adres e-mail na SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Send test message</source>
        <translation>Wyślij wiadomość testową</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address or mobile number</source>
        <translation>adres lub numer komórkowy</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enter where the test message goes.</source>
        <translation>Wpisz, dokąd wysłać wiadomość testową.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent. The server answered: %1</source>
        <translation>Wysłano. Odpowiedź serwera: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The settings could not be saved: %1</source>
        <translation>Nie udało się zapisać ustawień: %1</translation>
    </message>
</context>
<context>
    <name>MissedCallsPanel</name>
    <message>
        <location filename="../../reception_console/ui/console/missed_calls.py" line="+46"/>
        <source>Missed calls</source>
        <translation>Nieodebrane połączenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call back</source>
        <translation>Oddzwoń</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Missed calls (%n)</source>
        <translation>
            <numerusform>Nieodebrane (%n)</numerusform>
            <numerusform>Nieodebrane (%n)</numerusform>
            <numerusform>Nieodebrane (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyTestAction</name>
    <message>
        <location filename="../../reception_console/ui/monthly_test.py" line="+268"/>
        <source>Monthly test…</source>
        <translation>Test miesięczny…</translation>
    </message>
</context>
<context>
    <name>MonthlyTestDialog</name>
    <message>
        <location line="-212"/>
        <source>Monthly knowledge test</source>
        <translation>Miesięczny test wiedzy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clinic</source>
        <translation>Prz&amp;ychodnia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press 1–4 or the arrows, then Enter.</source>
        <translation>Naciśnij 1–4 lub strzałki, potem Enter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answers to look at again</source>
        <translation>Odpowiedzi do powtórzenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no clinic to be tested on.</source>
        <translation>Nie ma przychodni, z której można zrobić test.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 questions about this clinic&apos;s card, %2 minutes in all. Each has one right answer: press its number (or move to it with the arrows) and Enter. Questions whose answer changed since your last test come first.</source>
        <translation>Pytań o kartę tej przychodni: %1, łącznie %2 min. Każde ma jedną dobrą odpowiedź: naciśnij jej numer (albo przejdź do niej strzałkami) i Enter. Najpierw pytania, których odpowiedź zmieniła się od Twojego ostatniego testu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 left</source>
        <translation>zostało %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question %1 of %2</source>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of %2 right (%3 %) in %4.</source>
        <translation>Dobrze: %1 z %2 (%3 %) w %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
    right: %2 · yours: %3</source>
        <translation>%1
    dobrze: %2 · Twoja: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Leave the test? What you answered so far is not kept; you can start again.</source>
        <translation>Przerwać test? Dotychczasowe odpowiedzi nie zostaną zapisane; możesz zacząć od nowa.</translation>
    </message>
</context>
<context>
    <name>NewCallDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/new_call.py" line="+33"/>
        <source>New call</source>
        <translation>Nowe połączenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinic name or the number dialled</source>
        <translation>Nazwa przychodni lub numer, na który dzwoniono</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinics and lines</source>
        <translation>Przychodnie i linie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 600 111 222 — leave empty if withheld</source>
        <translation>np. 600 111 222 — puste, jeśli numer zastrzeżony</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start call</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Line the call came in on:</source>
        <translation>&amp;Linia, na którą dzwoniono:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Caller&apos;s number:</source>
        <translation>&amp;Numer dzwoniącego:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose the line, or type the number that was dialled.</source>
        <translation>Wybierz linię albo wpisz numer, na który dzwoniono.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No clinic line matches “%1”, and it is not a phone number.</source>
        <translation>Żadna linia przychodni nie pasuje do „%1”, a to nie jest numer telefonu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not a phone number. Check the digits, or leave it empty if the number was withheld.</source>
        <translation>„%1” to nie jest numer telefonu. Sprawdź cyfry albo zostaw pole puste, jeśli numer był zastrzeżony.</translation>
    </message>
</context>
<context>
    <name>OutageKeeper</name>
    <message>
        <location filename="../../reception_console/ui/console/outage.py" line="+76"/>
        <source>Calls kept during an outage</source>
        <translation>Połączenia zachowane podczas braku bazy danych</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n call(s) kept while the database was away could not be read back. The file is kept as %1; please give it to IT so the calls can be entered.</source>
        <translation>
            <numerusform>Nie udało się odczytać %n połączenia zachowanego, gdy baza danych była niedostępna. Plik zachowano jako %1; przekaż go działowi IT, aby można je było wprowadzić.</numerusform>
            <numerusform>Nie udało się odczytać %n połączeń zachowanych, gdy baza danych była niedostępna. Plik zachowano jako %1; przekaż go działowi IT, aby można je było wprowadzić.</numerusform>
            <numerusform>Nie udało się odczytać %n połączeń zachowanych, gdy baza danych była niedostępna. Plik zachowano jako %1; przekaż go działowi IT, aby można je było wprowadzić.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The calls kept while the database was away could not be read back. The file is kept as %1; please give it to IT so the calls can be entered.</source>
        <translation>Nie udało się odczytać połączeń zachowanych, gdy baza danych była niedostępna. Plik zachowano jako %1; przekaż go działowi IT, aby można je było wprowadzić.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database cannot be reached. Nothing is lost: calls and what you type stay here and are stored as soon as it answers again. (%1)</source>
        <translation>Brak połączenia z bazą danych. Nic nie przepadnie: połączenia i to, co wpisujesz, zostają tutaj i zostaną zapisane, gdy baza znów odpowie. (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+61"/>
        <source>Not stored</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The database did not allow this for your sign-in. The call stays here; please tell IT or your supervisor. (%1)</source>
        <translation>Baza danych nie pozwala na to przy Twoim logowaniu. Połączenie zostaje tutaj; powiadom dział IT lub przełożoną. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database can be read but not written (a read-only file or server). The call stays here and is kept in the journal; please tell IT. (%1)</source>
        <translation>Bazę danych można czytać, ale nie można do niej zapisywać (plik lub serwer tylko do odczytu). Połączenie zostaje tutaj i w dzienniku; powiadom dział IT. (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database refused a value of this call. Check what was typed and save again. (%1)</source>
        <translation>Baza danych odrzuciła wartość tego połączenia. Sprawdź, co zostało wpisane, i zapisz ponownie. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused this. The call stays here; please tell IT. (%1)</source>
        <translation>Baza danych odrzuciła tę operację. Połączenie zostaje tutaj; powiadom dział IT. (%1)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../reception_console/ui/outcome_names.py" line="+10"/>
        <source>Booked</source>
        <translation>Umówiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not booked</source>
        <translation>Nie umówiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information only</source>
        <translation>Tylko informacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-target</source>
        <translation>Niecelowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Nieodebrane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too expensive</source>
        <translation>za drogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will think</source>
        <translation>chce się zastanowić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no suitable time</source>
        <translation>brak pasującego terminu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too far</source>
        <translation>za daleko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants a specific doctor</source>
        <translation>chce do konkretnego lekarza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other reason</source>
        <translation>inny powód</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/models/history_model.py" line="-28"/>
        <source>not saved</source>
        <translation>nie zapisano</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../reception_console/ui/console/outcome_panel.py" line="+143"/>
        <source>Speciali&amp;st:</source>
        <translation>&amp;Specjalista:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ervice:</source>
        <translation>&amp;Usługa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit:</source>
        <translation>&amp;Wizyta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpected value:</source>
        <translation>Przewidywana &amp;kwota:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What stopped the patient?</source>
        <translation>Co powstrzymało pacjenta?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>Powó&amp;d:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;words:</source>
        <translation>Op&amp;is:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on:</source>
        <translation>Ponowny ko&amp;ntakt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First and last name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything the next person should know</source>
        <translation>Co powinna wiedzieć kolejna osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the patient &amp;back</source>
        <translation>&amp;Oddzwonić do pacjenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Pacjent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>No&amp;tatki:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message for:</source>
        <translation>Wiadomość d&amp;la:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messa&amp;ge:</source>
        <translation>T&amp;reść:</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Save outcome  Ctrl+Enter</source>
        <translation>Zapisz wynik  Ctrl+Enter</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Outcome</source>
        <translation>Wynik rozmowy</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>What to pass on</source>
        <translation>Co przekazać</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call back a&amp;t:</source>
        <translation>Ki&amp;edy oddzwonić:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/error_text.py" line="-63"/>
        <source>Choose the outcome of the call (Ctrl+1…Ctrl+5).</source>
        <translation>Wybierz wynik rozmowy (Ctrl+1…Ctrl+5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This call was answered, so it cannot be recorded as missed.</source>
        <translation>To połączenie zostało odebrane, więc nie można go zapisać jako nieodebranego.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call was never answered: press F9 to answer, or record it as missed.</source>
        <translation>Połączenie nie zostało odebrane: naciśnij F9, aby odebrać, albo zapisz je jako nieodebrane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the specialist or the service that was booked.</source>
        <translation>Wybierz specjalistę lub usługę, na którą umówiono pacjenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the date and time of the visit: type it, or press Enter in the field to confirm the one proposed.</source>
        <translation>Wybierz datę i godzinę wizyty: wpisz ją albo naciśnij Enter w tym polu, aby potwierdzić proponowaną.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the patient&apos;s name: a booking needs it.</source>
        <translation>Wpisz imię i nazwisko pacjenta: umówienie wizyty go wymaga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expected value cannot be negative.</source>
        <translation>Przewidywana kwota nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expected value must be an amount, e.g. 180 or 180.50.</source>
        <translation>Przewidywana kwota musi być liczbą, np. 180 lub 180,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose why the patient did not book.</source>
        <translation>Wybierz, dlaczego pacjent się nie umówił.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the reason in a few words.</source>
        <translation>Opisz powód w kilku słowach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the message to pass on.</source>
        <translation>Wpisz treść wiadomości do przekazania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the clinic this call was for (above the card).</source>
        <translation>Wybierz przychodnię, do której dzwoniono (nad kartą).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet: the database cannot be reached. The outcome stays here; press Enter again once the database is back.</source>
        <translation>Jeszcze nie zapisano: brak połączenia z bazą danych. Wynik zostaje tutaj; naciśnij Enter jeszcze raz, gdy baza znów zadziała.</translation>
    </message>
</context>
<context>
    <name>OutgoingCallDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/outgoing_call.py" line="-57"/>
        <source>Call %1</source>
        <translation>Zadzwoń pod %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call from the line of:</source>
        <translation>&amp;Zadzwoń z linii:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number to call:</source>
        <translation>Numer, pod który dzwonisz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../reception_console/ui/editor/people_dialog.py" line="-24"/>
        <source>Use lower-case letters, digits, dots and dashes.</source>
        <translation>Użyj małych liter bez polskich znaków, cyfr, kropek i myślników.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone already has this login.</source>
        <translation>Ten login jest już zajęty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the name said in the greeting.</source>
        <translation>Wpisz imię, które pada w powitaniu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least %1 characters.</source>
        <translation>Co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot deactivate yourself.</source>
        <translation>Nie można dezaktywować własnego konta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone must stay an admin to manage people.</source>
        <translation>Ktoś musi pozostać administratorem systemu, żeby zarządzać użytkownikami.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/models/people_model.py" line="+21"/>
        <source>receptionist</source>
        <translation>rejestracja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>kierownik rejestracji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>administrator systemu</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/people_dialog.py" line="+48"/>
        <location line="+4"/>
        <source>People</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>Zmień rolę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Deactivate</source>
        <translation>Dezaktywuj</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Reset password…</source>
        <translation>Ustaw nowe hasło…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reactivate</source>
        <translation>Aktywuj ponownie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reset password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for %1 (at least %2 characters):</source>
        <translation>Nowe hasło dla: %1 (co najmniej %2 znaków):</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../reception_console/ui/models/people_model.py" line="+28"/>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can sign in</source>
        <translation>Może się logować</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (deactivated)</source>
        <translation>nie (dezaktywowano)</translation>
    </message>
</context>
<context>
    <name>PerItemPage</name>
    <message>
        <location filename="../../reception_console/ui/editor/wizard.py" line="-31"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>PhoneBridge</name>
    <message>
        <location filename="../../reception_console/ui/console/phone_bridge.py" line="+55"/>
        <source>A call event could not be recorded; see the log.</source>
        <translation>Nie udało się zapisać zdarzenia połączenia; szczegóły są w dzienniku.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown line %1</source>
        <translation>Nieznana linia %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ringing: %1</source>
        <translation>Dzwoni: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A call event from the command line was ignored: %1</source>
        <translation>Pominięto zdarzenie połączenia z wiersza poleceń: %1</translation>
    </message>
</context>
<context>
    <name>PhoneStatusLabel</name>
    <message>
        <location filename="../../reception_console/ui/console/phone_status.py" line="+28"/>
        <source>☎ Softphone connected</source>
        <translation>☎ Softphone połączony</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☎ PBX connected</source>
        <translation>☎ Centrala połączona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softphone: connecting…</source>
        <translation>Softphone: łączenie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PBX: connecting…</source>
        <translation>Centrala: łączenie…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>PBX refused the sign-in; retrying in %n s</source>
        <translation>
            <numerusform>Centrala odrzuciła logowanie; ponowna próba za %n s</numerusform>
            <numerusform>Centrala odrzuciła logowanie; ponowna próba za %n s</numerusform>
            <numerusform>Centrala odrzuciła logowanie; ponowna próba za %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Softphone not reachable; retrying in %n s</source>
        <translation>
            <numerusform>Softphone nie odpowiada; ponowna próba za %n s</numerusform>
            <numerusform>Softphone nie odpowiada; ponowna próba za %n s</numerusform>
            <numerusform>Softphone nie odpowiada; ponowna próba za %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>PBX not reachable; retrying in %n s</source>
        <translation>
            <numerusform>Centrala nie odpowiada; ponowna próba za %n s</numerusform>
            <numerusform>Centrala nie odpowiada; ponowna próba za %n s</numerusform>
            <numerusform>Centrala nie odpowiada; ponowna próba za %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhraseForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/item_forms.py" line="+214"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to say</source>
        <translation>Co powiedzieć</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <location filename="../../reception_console/ui/console/practice.py" line="+82"/>
        <source>Practice paused: %1 resumes it</source>
        <translation>Ćwiczenie wstrzymane: %1 je wznawia</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Finish the calls in progress first: a real call comes first.</source>
        <translation>Najpierw zakończ trwające połączenia: prawdziwe połączenie ma pierwszeństwo.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Back to live calls.</source>
        <translation>Powrót do prawdziwych połączeń.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice ended: another person signed in. Nothing was scored.</source>
        <translation>Ćwiczenie zakończone: zalogowała się inna osoba. Nic nie zostało ocenione.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Finish the real call first, then resume the practice.</source>
        <translation>Najpierw zakończ prawdziwe połączenie, potem wznów ćwiczenie.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Practice: on a real call this question would go to your supervisor.</source>
        <translation>Ćwiczenie: przy prawdziwym połączeniu to pytanie trafiłoby do kierownika rejestracji.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Practice call scored. Another scenario, or back to live calls (%1).</source>
        <translation>Ćwiczenie ocenione. Kolejny scenariusz albo powrót do prawdziwych połączeń (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practice call saved: nothing was stored as a call, nothing was sent.</source>
        <translation>Ćwiczenie zapisane: nic nie zapisano jako połączenie, nic nie wysłano.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/practice_texts.py" line="+14"/>
        <source>An age the specialist does not accept</source>
        <translation>Wiek, którego specjalista nie przyjmuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A price question</source>
        <translation>Pytanie o cenę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation for a service</source>
        <translation>Przygotowanie do usługi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a visit takes</source>
        <translation>Ile trwa wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions</source>
        <translation>Dojazd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question from the algorithms</source>
        <translation>Pytanie z algorytmów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Too expensive”</source>
        <translation>„Za drogo”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“I&apos;ll think about it”</source>
        <translation>„Muszę się zastanowić”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question the card cannot answer</source>
        <translation>Pytanie, na które karta nie odpowiada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>returning patient</source>
        <translation>pacjent powracający</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new patient</source>
        <translation>nowy pacjent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Question %1: the right fact found</source>
        <translation>Pytanie %1: właściwa informacja znaleziona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %1: found in time</source>
        <translation>Pytanie %1: znaleziona na czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %1: the objection prompt used</source>
        <translation>Pytanie %1: użyta podpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %1: passed on with Couldn&apos;t answer</source>
        <translation>Pytanie %1: przekazane przez „Nie umiem odpowiedzieć”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered within 9 seconds</source>
        <translation>Odebrane w ciągu 9 sekund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting said</source>
        <translation>Powitanie wypowiedziane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right clinic&apos;s card</source>
        <translation>Karta właściwej przychodni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Wynik rozmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right specialist</source>
        <translation>Właściwy specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task that follows</source>
        <translation>Zadanie, które z tego wynika</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/practice_banner.py" line="+34"/>
        <source>PRACTICE — not a real call</source>
        <translation>ĆWICZENIE — to nie jest prawdziwe połączenie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Greeting sa&amp;id</source>
        <translation>Powit&amp;anie wypowiedziane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Another scenario…</source>
        <translation>Inny s&amp;cenariusz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to live calls  %1</source>
        <translation>Prawdziwe połączenia  %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Patient: “%1”</source>
        <translation>Pacjent: „%1”</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/practice_marks.py" line="+43"/>
        <source>Practice mode — nothing here is a real call</source>
        <translation>Tryb ćwiczeń — nic tutaj nie jest prawdziwym połączeniem</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/practice_dialog.py" line="+37"/>
        <source>Practice</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A virtual patient calls on the clinic&apos;s line and you answer on this console as on a real call. Nothing is stored as a call and no message leaves; your score is kept.</source>
        <translation>Wirtualny pacjent dzwoni na linię przychodni, a Ty odbierasz na tej konsoli jak prawdziwe połączenie. Nic nie zostaje zapisane jako połączenie i żadna wiadomość nie wychodzi; Twoja ocena jest zapisywana.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Clinic:</source>
        <translation>&amp;Przychodnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenariusz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Assigned: %1</source>
        <translation>Zlecone: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No scenario for this clinic yet.</source>
        <translation>Ta przychodnia nie ma jeszcze scenariuszy.</translation>
    </message>
</context>
<context>
    <name>PromptsEditor</name>
    <message>
        <location filename="../../reception_console/ui/editor/script_tab.py" line="+40"/>
        <source>Objection prompts (F2–F8 on a call)</source>
        <translation>Podpowiedzi na wątpliwości (F2–F8 podczas połączenia)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own words for this clinic (instead of the global prompt)</source>
        <translation>Własna podpowiedź tej przychodni (zamiast wspólnej)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to say</source>
        <translation>Co powiedzieć</translation>
    </message>
    <message>
        <location line="+41"/>
        <source> · own</source>
        <translation> · własna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · global</source>
        <translation> · wspólna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Global prompt: %1</source>
        <translation>Podpowiedź wspólna: %1</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <location filename="../../reception_console/ui/console/prompts_panel.py" line="+50"/>
        <location line="+35"/>
        <source>Objections</source>
        <translation>Wątpliwości</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What to say</source>
        <translation>Co powiedzieć</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Phrases</source>
        <translation>Zwroty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller&apos;s earlier calls</source>
        <translation>Wcześniejsze połączenia dzwoniącego</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Press F2–F8 when the patient hesitates; the words to say appear here.</source>
        <translation>Gdy pacjent się waha, naciśnij F2–F8 — tutaj pojawi się, co powiedzieć.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+3"/>
        <location line="+70"/>
        <source>Directions</source>
        <translation>Dojazd</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+14"/>
        <location line="+97"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+99"/>
        <source>History (%1)</source>
        <translation>Historia (%1)</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../../reception_console/ui/editor/questions_tab.py" line="+24"/>
        <source>Questions receptionists could not answer</source>
        <translation>Pytania, na które rejestracja nie znała odpowiedzi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No open questions: receptionists press Ctrl+K on a call to pass one on.</source>
        <translation>Brak pytań bez odpowiedzi: rejestracja przekazuje je w trakcie połączenia klawiszami Ctrl+K.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the answer to the card…</source>
        <translation>Dodaj odpowiedź do karty…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close: not a gap</source>
        <translation>Zamknij bez odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <location filename="../../reception_console/ui/report_format.py" line="+43"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../reception_console/ui/console/saving.py" line="+93"/>
        <source>Saving…</source>
        <translation>Zapisuję…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved: %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Task(s) created: %1.</source>
        <translation>
            <numerusform>Utworzono zadanie: %1.</numerusform>
            <numerusform>Utworzono zadania: %1.</numerusform>
            <numerusform>Utworzono zadania: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not saved: the call is back in the list.</source>
        <translation>Nie zapisano: połączenie wróciło na listę.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../../reception_console/ui/scenario_editor.py" line="+70"/>
        <source>Practice scenarios</source>
        <translation>Scenariusze ćwiczeń</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+94"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset to &amp;generated</source>
        <translation>Przywróć wy&amp;generowane</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>years</source>
        <translation>lat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>months</source>
        <translation>mies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning patient</source>
        <translation>Pacjent już znany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line dialled</source>
        <translation>Wybrana linia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient says</source>
        <translation>Pacjent mówi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fact on the card</source>
        <translation>Informacja z karty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objection</source>
        <translation>Wątpliwość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Couldn&apos;t answer</source>
        <translation>Nie znam odpowiedzi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add step</source>
        <translation>Dodaj krok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove step</source>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Wynik rozmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right specialist</source>
        <translation>Właściwy specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ke&amp;y</source>
        <translation>Identyfik&amp;ator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic</source>
        <translation>Te&amp;mat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patient</source>
        <translation>&amp;Pacjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ag&amp;e</source>
        <translation>&amp;Wiek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Line dialled</source>
        <translation>Wybrana &amp;linia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps</source>
        <translation>&amp;Kroki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected o&amp;utcome</source>
        <translation>Oczekiwany wy&amp;nik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>P&amp;owód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right spe&amp;cialist</source>
        <translation>Właściwy spe&amp;cjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tas&amp;k</source>
        <translation>&amp;Zadanie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the clinic&apos;s own scenarios</source>
        <translation>własne scenariusze przychodni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated from the card</source>
        <translation>wygenerowane z karty</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Step %1: what does the patient say?</source>
        <translation>Krok %1: co mówi pacjent?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1: the objection is one of %2</source>
        <translation>Krok %1: wątpliwość to jedna z: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A scenario needs at least one step.</source>
        <translation>Scenariusz potrzebuje co najmniej jednego kroku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scenario needs a key.</source>
        <translation>Scenariusz potrzebuje identyfikatora.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New scenario</source>
        <translation>Nowy scenariusz</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Forget this clinic&apos;s own scenarios and use the set generated from its card again?</source>
        <translation>Usunąć własne scenariusze tej przychodni i znów używać wygenerowanych z jej karty?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: nothing was imported.</source>
        <translation>%1: nic nie zaimportowano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: imported %2 scenario(s).</source>
        <translation>%1: zaimportowano scenariusze: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import scenarios</source>
        <translation>Importuj scenariusze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario files (*.json)</source>
        <translation>Pliki scenariuszy (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export scenarios</source>
        <translation>Eksportuj scenariusze</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/practice_score.py" line="+26"/>
        <source>Practice score</source>
        <translation>Ocena ćwiczenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 checks passed (%3 %)</source>
        <translation>Ocena: %1 z %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Oczekiwane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
</context>
<context>
    <name>ScriptTab</name>
    <message>
        <location filename="../../reception_console/ui/editor/script_tab.py" line="+56"/>
        <source>Add phrase</source>
        <translation>Dodaj zwrot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objection prompts (F2–F8 on a call)</source>
        <translation>Podpowiedzi na wątpliwości (F2–F8 podczas połączenia)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Ready phrases</source>
        <translation>Gotowe zwroty</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>This clinic&apos;s own phrases</source>
        <translation>Własne zwroty tej przychodni</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/item_forms.py" line="-105"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First consultation</source>
        <translation>Pierwsza konsultacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or any specialist of</source>
        <translation>albo specjalizacja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Specialty</source>
        <translation>Specjalizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Przygotowanie</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../reception_console/ui/models/card_models.py" line="+135"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Przygotowanie</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <location filename="../../reception_console/ui/settings_dialog.py" line="+145"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language saved: it applies from the next start of the console.</source>
        <translation>Zapisano język: zacznie obowiązywać po ponownym uruchomieniu konsoli.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location line="-111"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the system (%1)</source>
        <translation>Jak w systemie (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Kolory:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The console switches to %1 the next time it starts. Close it and start it again when convenient: calls in progress and unsaved outcomes are kept.</source>
        <translation>Konsola przełączy się na język „%1” przy następnym uruchomieniu. Zamknij ją i uruchom ponownie, kiedy będzie wygodnie: trwające połączenia i niezapisane wyniki zostaną zachowane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used from the next start of the console.</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu konsoli.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings file could not be changed, so nothing was saved:
%1</source>
        <translation>Nie udało się zmienić pliku ustawień, więc nic nie zostało zapisane:
%1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/sign_in.py" line="+49"/>
        <source>Sign in — Reception Console</source>
        <translation>Logowanie — Konsola rejestracji</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is at the console?</source>
        <translation>Kto pracuje przy konsoli?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the names</source>
        <translation>Wczytywanie listy osób</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name or login</source>
        <translation>Imię i nazwisko lub login</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database cannot be reached. Try again in a moment, or call IT.</source>
        <translation>Nie można połączyć się z bazą danych. Spróbuj ponownie za chwilę albo zadzwoń do działu IT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong passwords in a row. Try again in %1 s.</source>
        <translation>Zbyt wiele błędnych haseł z rzędu. Spróbuj ponownie za %1 s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This password is shorter than 8 characters. Ask an admin to set you a new one.</source>
        <translation>To hasło ma mniej niż 8 znaków. Poproś administratora systemu o nowe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong name or password. Check the keyboard layout and Caps Lock.</source>
        <translation>Nieprawidłowy użytkownik lub hasło. Sprawdź układ klawiatury i Caps Lock.</translation>
    </message>
</context>
<context>
    <name>SpecialistForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/item_forms.py" line="-81"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Specjalizacja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pediatrician</source>
        <translation>Pediatra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients from</source>
        <translation>Pacjenci od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit length</source>
        <translation>Czas wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Komórka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
</context>
<context>
    <name>SpecialistsModel</name>
    <message>
        <location filename="../../reception_console/ui/models/card_models.py" line="-41"/>
        <source>Specialist</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Specjalizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ages</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Languages: %1</source>
        <translation>Języki: %1</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/targets_panel.py" line="+40"/>
        <source>Receptionist</source>
        <translation>Pracownik rejestracji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings target</source>
        <translation>Cel miesięczny: wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bookings</source>
        <translation>wiz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversion target</source>
        <translation>Cel miesięczny: konwersja na wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no conversion target</source>
        <translation>bez celu konwersji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set target</source>
        <translation>Ustaw cel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Monthly targets, %1</source>
        <translation>Cele miesięczne, %1</translation>
    </message>
</context>
<context>
    <name>TasksDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/tasks_dialog.py" line="+42"/>
        <location line="+5"/>
        <source>My tasks</source>
        <translation>Moje zadania</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+51"/>
        <source>Call back  Enter</source>
        <translation>Oddzwoń  Enter</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+46"/>
        <location line="+4"/>
        <source>Mark done  Ctrl+D</source>
        <translation>Oznacz jako wykonane  Ctrl+D</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message&apos;s failed e-mail or SMS once more</source>
        <translation>Wyślij jeszcze raz niewysłany e-mail lub SMS tej wiadomości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n otwarte zadanie</numerusform>
            <numerusform>%n otwarte zadania</numerusform>
            <numerusform>%n otwartych zadań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Call the patient  Enter</source>
        <translation>Zadzwoń do pacjenta  Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed on by phone  Ctrl+D</source>
        <translation>Przekazano telefonicznie  Ctrl+D</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../reception_console/ui/models/tasks_model.py" line="-19"/>
        <source>Owner: %1</source>
        <translation>Właściciel: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No number to call: the caller&apos;s number was withheld or not known. Mark the task done once dealt with.</source>
        <translation>Brak numeru do wybrania: numer dzwoniącego był zastrzeżony lub nieznany. Po załatwieniu sprawy oznacz zadanie jako wykonane.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back when</source>
        <translation>Kiedy oddzwonić</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Doręczenie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call back</source>
        <translation>Oddzwonić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Ponowny kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message for %1</source>
        <translation>Wiadomość dla: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/training_tables.py" line="+36"/>
        <source>practice by receptionist</source>
        <translation>ćwiczenia pracowników</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <location line="+31"/>
        <source>Receptionist</source>
        <translation>Pracownik rejestracji</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Attempts</source>
        <translation>Podejścia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average score</source>
        <translation>Średnia ocena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last score</source>
        <translation>Ostatnia ocena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend by day</source>
        <translation>Trend dzienny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The average score of each day practised</source>
        <translation>Średnia ocena każdego dnia ćwiczeń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last practised</source>
        <translation>Ostatnie ćwiczenie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>practice attempts</source>
        <translation>podejścia do ćwiczeń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+35"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Answered after</source>
        <translation>Odebrano po</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Assigned</source>
        <translation>Zlecono</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(all receptionists)</source>
        <translation>(cała rejestracja)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>knowledge tests</source>
        <translation>testy wiedzy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tests</source>
        <translation>Testy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monthly test</source>
        <translation>Test miesięczny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice: %1</source>
        <translation>Ćwiczenie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any scenario</source>
        <translation>dowolny scenariusz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open assignments</source>
        <translation>otwarte zlecenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To do</source>
        <translation>Do zrobienia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any clinic</source>
        <translation>dowolna przychodnia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Practice score by day</source>
        <translation>Ocena ćwiczeń według dni</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: score by day, %</source>
        <translation>%1: ocena według dni, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score by day, %</source>
        <translation>Ocena według dni, %</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/training_panel.py" line="+81"/>
        <source>Knowledge tests grouped</source>
        <translation>Testy wiedzy w podziale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per receptionist</source>
        <translation>na pracowników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per clinic</source>
        <translation>na przychodnie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Zleć…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel assignment</source>
        <translation>Anuluj zlecenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenarios…</source>
        <translation>&amp;Scenariusze…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export training</source>
        <translation>Eksport szkolenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Knowledge tests to CSV…</source>
        <translation>Testy wiedzy do CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice attempts to CSV…</source>
        <translation>Podejścia do ćwiczeń do CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All training tables to Excel (XLSX)…</source>
        <translation>Wszystkie tabele szkolenia do Excela (XLSX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice calls and tests are kept apart: they are in none of the figures.</source>
        <translation>Rozmowy ćwiczeniowe i testy są przechowywane osobno: nie wchodzą do żadnych wskaźników.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Practice by receptionist</source>
        <translation>Ćwiczenia pracowników rejestracji</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+82"/>
        <source>Attempts</source>
        <translation>Podejścia</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Monthly knowledge test</source>
        <translation>Miesięczny test wiedzy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open assignments</source>
        <translation>Otwarte zlecenia</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Attempts of %1</source>
        <translation>Podejścia: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export to Excel</source>
        <translation>Eksport do Excela</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to CSV</source>
        <translation>Eksport do CSV</translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <location filename="../../reception_console/ui/training_text.py" line="+13"/>
        <source>age the specialist does not accept</source>
        <translation>wiek, którego specjalista nie przyjmuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price</source>
        <translation>cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparation</source>
        <translation>przygotowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit length</source>
        <translation>czas wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parking</source>
        <translation>parking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directions</source>
        <translation>dojazd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening hours</source>
        <translation>godziny otwarcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>algorithm</source>
        <translation>algorytm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question the card cannot answer</source>
        <translation>pytanie bez odpowiedzi na karcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>callback</source>
        <translation>oddzwonienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up</source>
        <translation>ponowny kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message</source>
        <translation>wiadomość</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/widgets.py" line="-104"/>
        <source>Answered</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Nieodebrane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversion, %</source>
        <translation>Konwersja, %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wk %1</source>
        <translation>tydz. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>calls</source>
        <translation>połączenia</translation>
    </message>
</context>
<context>
    <name>WorkListsPanel</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/worklists_panel.py" line="+67"/>
        <location line="+39"/>
        <source>Follow-ups</source>
        <translation>Ponowne kontakty</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Too expensive or will think: call back on the due date.</source>
        <translation>Za drogo lub chce się zastanowić: zadzwoń w wyznaczonym terminie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Callbacks</source>
        <translation>Oddzwonienia</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Missed calls not yet called back.</source>
        <translation>Nieodebrane połączenia, do których jeszcze nie oddzwoniono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Messages for owners and doctors, not yet passed on.</source>
        <translation>Wiadomości dla właścicieli i lekarzy, jeszcze nieprzekazane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits that have taken place: mark what happened.</source>
        <translation>Wizyty, których termin minął: zaznacz, jak się zakończyły.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call now</source>
        <translation>Zadzwoń teraz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed on</source>
        <translation>Przekazano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended</source>
        <translation>Odbyła się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Odwołana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visits to mark</source>
        <translation>Wizyty do oznaczenia</translation>
    </message>
</context>
</TS>
