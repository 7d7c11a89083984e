<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActiveCallsModel</name>
    <message>
        <location filename="../../reception_console/ui/models/calls_model.py" line="+66"/>
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
        <location line="+10"/>
        <source>Unknown line %1</source>
        <translation>Nieznana linia %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reception_console/app.py" line="+101"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Reception Console</source>
        <translation>Konsola rejestracji</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The database cannot be opened:
%1

%2</source>
        <translation>Nie można otworzyć bazy danych:
%1

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A settings file could not be read and was ignored:
%1</source>
        <translation>Nie udało się odczytać pliku ustawień, więc został pominięty:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>CallHeader</name>
    <message>
        <location filename="../../reception_console/ui/call_header.py" line="+32"/>
        <source>Answer  F9</source>
        <translation>Odbierz  F9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End  F10</source>
        <translation>Zakończ  F10</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Calling back %1</source>
        <translation>Oddzwonienie: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Returning patient · %n earlier call(s)</source>
        <translation>
            <numerusform>Znany numer · %n połączenie</numerusform>
            <numerusform>Znany numer · %n połączenia</numerusform>
            <numerusform>Znany numer · %n połączeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The caller hung up before anyone answered</source>
        <translation>Dzwoniący rozłączył się, zanim ktoś odebrał</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../reception_console/ui/card_panel.py" line="+91"/>
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
        <location line="+9"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search the card, or type an age: 5, 5 lat, 8 mies, 6 months…  (Ctrl+F)</source>
        <translation>Szukaj w karcie albo wpisz wiek: 5, 5 lat, 8 mies…  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Specialists</source>
        <translation>Specjaliści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services and prices</source>
        <translation>Usługi i ceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithms for hard questions</source>
        <translation>Algorytmy na trudne pytania</translation>
    </message>
    <message>
        <location line="+70"/>
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
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../reception_console/platform/crash.py" line="+29"/>
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
        <location filename="../../reception_console/ui/dashboard_tables.py" line="+24"/>
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
        <location line="+71"/>
        <source>Offered</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+71"/>
        <source>Answered</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <location line="+70"/>
        <source>Missed</source>
        <translation>Nieodebrane</translation>
    </message>
    <message>
        <location line="-139"/>
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
        <location line="+43"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Calls by hour</source>
        <translation>Połączenia wg godzin</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 offered, %2 missed</source>
        <translation>przychodzące: %1, nieodebrane: %2</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+20"/>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>For</source>
        <translation>Dla</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../reception_console/ui/dashboard_window.py" line="+86"/>
        <source>Supervisor dashboard</source>
        <translation>Wskaźniki rejestracji</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Why patients did not book</source>
        <translation>Dlaczego pacjenci się nie umówili</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Offered calls by day of the week and hour (local time); red: share missed</source>
        <translation>Połączenia przychodzące wg dnia tygodnia i godziny (czas lokalny); czerwień: udział nieodebranych</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+19"/>
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
        <location line="+12"/>
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
        <location line="+2"/>
        <location line="+229"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="-220"/>
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
        <location line="+17"/>
        <source>Service level</source>
        <translation>Poziom obsługi</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+61"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reception_console/ui/error_text.py" line="+14"/>
        <source>Enter a phone number.</source>
        <translation>Wpisz numer telefonu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a phone number.</source>
        <translation>„%1” to nie jest numer telefonu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has too few or too many digits.</source>
        <translation>„%1” ma za mało albo za dużo cyfr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This task has no phone number to call.</source>
        <translation>To zadanie nie ma numeru telefonu, pod który można zadzwonić.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>This database was last opened by a newer version of Reception Console (schema %1; this version knows up to %2). Install the newer version, or point this console at another database.</source>
        <translation>Tej bazy danych używała już nowsza wersja Konsoli rejestracji (schemat %1; ta wersja zna schematy do %2). Zainstaluj nowszą wersję albo wskaż tej konsoli inną bazę danych.</translation>
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
    <name>HistoryModel</name>
    <message>
        <location filename="../../reception_console/ui/models/history_model.py" line="+60"/>
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
    <name>LossCalculator</name>
    <message>
        <location filename="../../reception_console/ui/loss_calculator.py" line="+45"/>
        <source>Choose one clinic above to see its loss points.</source>
        <translation>Wybierz powyżej jedną przychodnię, aby zobaczyć jej punkty strat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean of the period&apos;s bookings</source>
        <translation>średnia z wizyt w okresie</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../reception_console/ui/main_window.py" line="+78"/>
        <source>Reception Console</source>
        <translation>Konsola rejestracji</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No calls.

Incoming calls appear here.
Ctrl+N starts one by hand.</source>
        <translation>Brak połączeń.

Tutaj pojawiają się połączenia przychodzące.
Ctrl+N dodaje połączenie ręcznie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Main</source>
        <translation>Pasek główny</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New call  Ctrl+N</source>
        <translation>Nowe połączenie  Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tasks  Ctrl+T</source>
        <translation>Moje zadania  Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard  Ctrl+D</source>
        <translation>Wskaźniki  Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch user  Ctrl+Shift+L</source>
        <translation>Zmień użytkownika  Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+22"/>
        <source>Missed call from %1 recorded; a callback task was created.</source>
        <translation>Zapisano nieodebrane połączenie (%1); utworzono zadanie oddzwonienia.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The database is back; everything kept meanwhile is stored.</source>
        <translation>Baza danych znów działa; wszystko, co w tym czasie czekało, jest już zapisane.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No call in progress. Look up a clinic&apos;s card:</source>
        <translation>Brak trwającego połączenia. Zobacz kartę przychodni:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The line %1 belongs to no clinic. Choose the clinic to see its card:</source>
        <translation>Linia %1 nie należy do żadnej przychodni. Wybierz przychodnię, aby zobaczyć jej kartę:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose clinic…</source>
        <translation>Wybierz przychodnię…</translation>
    </message>
    <message>
        <location line="+91"/>
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
    <message>
        <location line="+3"/>
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
    <message numerus="yes">
        <location line="+32"/>
        <source>%n unsaved call(s) from the last session restored: finish and save the outcome.</source>
        <translation>
            <numerusform>Przywrócono %n niezapisane połączenie z poprzedniej sesji: dokończ i zapisz wynik.</numerusform>
            <numerusform>Przywrócono %n niezapisane połączenia z poprzedniej sesji: dokończ i zapisz wyniki.</numerusform>
            <numerusform>Przywrócono %n niezapisanych połączeń z poprzedniej sesji: dokończ i zapisz wyniki.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Call back</source>
        <translation>Oddzwoń</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dial %1 now; the outcome you save completes the task.</source>
        <translation>Wybierz teraz numer %1; zapisanie wyniku zamknie zadanie.</translation>
    </message>
</context>
<context>
    <name>NewCallDialog</name>
    <message>
        <location filename="../../reception_console/ui/new_call.py" line="+32"/>
        <source>New call</source>
        <translation>Nowe połączenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinic name or the number dialled</source>
        <translation>Nazwa przychodni lub numer, na który dzwoniono</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 600 111 222 — leave empty if withheld</source>
        <translation>np. 600 111 222 — puste, jeśli numer zastrzeżony</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start call</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Line the call came in on:</source>
        <translation>&amp;Linia, na którą dzwoniono:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Caller&apos;s number:</source>
        <translation>&amp;Numer dzwoniącego:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose the line, or type the number that was dialled.</source>
        <translation>Wybierz linię albo wpisz numer, na który dzwoniono.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No clinic line matches “%1”, and it is not a phone number.</source>
        <translation>Żadna linia przychodni nie pasuje do „%1”, a to nie jest numer telefonu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a phone number. Check the digits, or leave it empty if the number was withheld.</source>
        <translation>„%1” to nie jest numer telefonu. Sprawdź cyfry albo zostaw pole puste, jeśli numer był zastrzeżony.</translation>
    </message>
</context>
<context>
    <name>OutageKeeper</name>
    <message>
        <location filename="../../reception_console/ui/outage.py" line="+47"/>
        <source>The database cannot be reached. Nothing is lost: calls and what you type stay here and are stored as soon as it answers again. (%1)</source>
        <translation>Brak połączenia z bazą danych. Nic nie przepadnie: połączenia i to, co wpisujesz, zostają tutaj i zostaną zapisane, gdy baza znów odpowie. (%1)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../reception_console/ui/models/history_model.py" line="-43"/>
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
        <location line="+3"/>
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
        <location line="+3"/>
        <source>not saved</source>
        <translation>nie zapisano</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../reception_console/ui/outcome_panel.py" line="+85"/>
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
        <location line="+7"/>
        <source>What stopped the patient?</source>
        <translation>Co powstrzymało pacjenta?</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+9"/>
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
        <location line="+4"/>
        <source>The message, with the best time to call back</source>
        <translation>Treść i najlepsza pora na oddzwonienie</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+7"/>
        <source>Save outcome  Enter</source>
        <translation>Zapisz wynik  Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Wynik rozmowy</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Choose the outcome of the call (Ctrl+1…Ctrl+5).</source>
        <translation>Wybierz wynik rozmowy (Ctrl+1…Ctrl+5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This call was answered, so it cannot be recorded as missed.</source>
        <translation>To połączenie zostało odebrane, więc nie można go zapisać jako nieodebranego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call was never answered: press F9 to answer, or record it as missed.</source>
        <translation>Połączenie nie zostało odebrane: naciśnij F9, aby odebrać, albo zapisz je jako nieodebrane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the specialist or the service that was booked.</source>
        <translation>Wybierz specjalistę lub usługę, na którą umówiono pacjenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date and time of the visit.</source>
        <translation>Wpisz datę i godzinę wizyty.</translation>
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
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Not saved yet: the database cannot be reached. The outcome stays here; press Enter again once the database is back.</source>
        <translation>Jeszcze nie zapisano: brak połączenia z bazą danych. Wynik zostaje tutaj; naciśnij Enter jeszcze raz, gdy baza znów zadziała.</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <location filename="../../reception_console/ui/prompts_panel.py" line="+77"/>
        <source>Objections</source>
        <translation>Wątpliwości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrases</source>
        <translation>Zwroty</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Press F2–F8 when the patient hesitates; the words to say appear here.</source>
        <translation>Gdy pacjent się waha, naciśnij F2–F8 — tutaj pojawi się, co powiedzieć.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Directions</source>
        <translation>Dojazd</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+11"/>
        <location line="+66"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+68"/>
        <source>History (%1)</source>
        <translation>Historia (%1)</translation>
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
    <name>ServicesModel</name>
    <message>
        <location filename="../../reception_console/ui/models/card_models.py" line="+110"/>
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
        <location filename="../../reception_console/ui/settings_dialog.py" line="+110"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language saved: it applies from the next start of the console.</source>
        <translation>Zapisano język: zacznie obowiązywać po ponownym uruchomieniu konsoli.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location line="-89"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the system (%1)</source>
        <translation>Jak w systemie (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The console switches to %1 the next time it starts. Close it and start it again when convenient: calls in progress and unsaved outcomes are kept.</source>
        <translation>Konsola przełączy się na język „%1” przy następnym uruchomieniu. Zamknij ją i uruchom ponownie, kiedy będzie wygodnie: trwające połączenia i niezapisane wyniki zostaną zachowane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used from the next start of the console.</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu konsoli.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings file could not be changed, so nothing was saved:
%1</source>
        <translation>Nie udało się zmienić pliku ustawień, więc nic nie zostało zapisane:
%1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../reception_console/ui/sign_in.py" line="+26"/>
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
        <location line="+5"/>
        <source>Who is at the console?</source>
        <translation>Kto pracuje przy konsoli?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrong name or password. Check the keyboard layout and Caps Lock.</source>
        <translation>Nieprawidłowy użytkownik lub hasło. Sprawdź układ klawiatury i Caps Lock.</translation>
    </message>
</context>
<context>
    <name>SpecialistsModel</name>
    <message>
        <location filename="../../reception_console/ui/models/card_models.py" line="-51"/>
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
        <location line="+27"/>
        <source>Languages: %1</source>
        <translation>Języki: %1</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../../reception_console/ui/targets_panel.py" line="+40"/>
        <source>bookings</source>
        <translation>wiz.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../reception_console/ui/tasks_dialog.py" line="+41"/>
        <source>My tasks</source>
        <translation>Moje zadania</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <source>Call back  Enter</source>
        <translation>Oddzwoń  Enter</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Mark done  Ctrl+D</source>
        <translation>Oznacz jako wykonane  Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
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
        <location line="+15"/>
        <source>Call the patient  Enter</source>
        <translation>Zadzwoń do pacjenta  Enter</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../reception_console/ui/models/tasks_model.py" line="+23"/>
        <source>Owner: %1</source>
        <translation>Właściciel: %1</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
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
        <location line="+22"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../reception_console/ui/dashboard_widgets.py" line="+75"/>
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
        <location filename="../../reception_console/ui/worklists_panel.py" line="+66"/>
        <location line="+34"/>
        <source>Follow-ups</source>
        <translation>Ponowne kontakty</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Too expensive or will think: call back on the due date.</source>
        <translation>Za drogo lub chce się zastanowić: zadzwoń w wyznaczonym terminie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Callbacks</source>
        <translation>Oddzwonienia</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Missed calls not yet called back.</source>
        <translation>Nieodebrane połączenia, do których jeszcze nie oddzwoniono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Messages for owners and doctors, not yet passed on.</source>
        <translation>Wiadomości dla właścicieli i lekarzy, jeszcze nieprzekazane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits that have taken place: mark what happened.</source>
        <translation>Wizyty, których termin minął: zaznacz, jak się zakończyły.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call now</source>
        <translation>Zadzwoń teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed on</source>
        <translation>Przekazano</translation>
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
