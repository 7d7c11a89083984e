<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>ActiveCallsModel</name>
    <message>
      <location filename="../../reception_console/ui/models/calls_model.py" line="+66" />
      <source>Ringing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>On the line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Outcome not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Unknown line %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../reception_console/app.py" line="+101" />
      <location line="+7" />
      <location line="+10" />
      <source>Reception Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-9" />
      <source>The database cannot be opened:
%1

%2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>A settings file could not be read and was ignored:
%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Embedded database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Shared database</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CallHeader</name>
    <message>
      <location filename="../../reception_console/ui/call_header.py" line="+32" />
      <source>Answer  F9</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>End  F10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+41" />
      <source>Calling back %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+6" />
      <source>Returning patient · %n earlier call(s)</source>
      <translation>
        <numerusform>Returning patient · %n earlier call</numerusform>
        <numerusform>Returning patient · %n earlier calls</numerusform>
      </translation>
    </message>
    <message>
      <location line="+7" />
      <source>The caller hung up before anyone answered</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CardPanel</name>
    <message>
      <location filename="../../reception_console/ui/card_panel.py" line="+91" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Directions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Parking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Opening hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Search the card, or type an age: 5, 5 lat, 8 mies, 6 months…  (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+21" />
      <source>Specialists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Services and prices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Algorithms for hard questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+70" />
      <source>age %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+2" />
      <source>%1 of %n specialist(s)</source>
      <translation>
        <numerusform>%1 of %n specialist</numerusform>
        <numerusform>%1 of %n specialists</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="../../reception_console/platform/crash.py" line="+29" />
      <source>Reception Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Something went wrong inside the console. What you typed is kept as a draft.

Please tell IT and give them the log file:
%1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../reception_console/ui/dashboard_tables.py" line="+24" />
      <source>Too expensive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Will think</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>No suitable time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Wants a specific doctor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <location line="+53" />
      <source>Receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-52" />
      <source>(not signed in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+71" />
      <location line="+71" />
      <source>Offered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-141" />
      <location line="+71" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-70" />
      <location line="+71" />
      <location line="+70" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-139" />
      <location line="+70" />
      <source>Answer rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-67" />
      <source>Service level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Speed of answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Handle time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+61" />
      <source>Booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-60" />
      <source>Not booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+47" />
      <location line="+13" />
      <source>Conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-59" />
      <source>Line conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Lost bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Recovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Callback coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Show rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Receptionists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Refusal reasons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Target bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Booked so far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Target conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Monthly targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Trend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Mon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Tue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Wed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Thu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Fri</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Sat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Sun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <location line="+43" />
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-41" />
      <source>Calls by hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>%1 offered, %2 missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+20" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-17" />
      <source>For</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+16" />
      <source>Patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-15" />
      <location line="+16" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-14" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Expected value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Visits to mark</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DashboardWindow</name>
    <message>
      <location filename="../../reception_console/ui/dashboard_window.py" line="+86" />
      <source>Supervisor dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+25" />
      <source>Why patients did not book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+31" />
      <source>Offered calls by day of the week and hour (local time); red: share missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Trend and hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Loss points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Work lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>This week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>This month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Last month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Custom…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>All clinics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>answered within </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>s</source>
      <comment>unit: seconds</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>by day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>by week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+229" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-220" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+17" />
      <source>Service level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-16" />
      <source>Trend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Booking conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Answer rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Show rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Line conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Calls offered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Speed of answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Follow-ups recovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missed calls called back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Lost revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+61" />
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>The figures could not be loaded: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <location line="+3" />
      <location line="+10" />
      <source>goal %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-5" />
      <source>within %1 s · goal %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>%1 est. target calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>%1 answered · %2 missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>handle time %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>booked within 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>within %1 h · median %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>%1 lost bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>choose a clinic: currencies differ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>%1 – %2 · computed in %3 ms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+21" />
      <source>The goal conversion is above 0% and at most 100%.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Goal and average check saved for the clinic.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Monthly target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Target saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>All tables to Excel (XLSX)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>%1 to CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Export to Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Export to CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Cannot write %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Exported to %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../reception_console/ui/error_text.py" line="+14" />
      <source>Enter a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>“%1” is not a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>“%1” has too few or too many digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>This task has no phone number to call.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>A target cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>A conversion target is between 0% and 100%.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The goal conversion is above 0% and at most 100%.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The average check cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>This database was last opened by a newer version of Reception Console (schema %1; this version knows up to %2). Install the newer version, or point this console at another database.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Format</name>
    <message numerus="yes">
      <location filename="../../reception_console/ui/formatting.py" line="+24" />
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n month</numerusform>
        <numerusform>%n months</numerusform>
      </translation>
    </message>
    <message>
      <location line="+29" />
      <source>all ages</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="-12" />
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="-20" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n year</numerusform>
        <numerusform>%n years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+8" />
      <source>from %n month(s)</source>
      <translation>
        <numerusform>from %n month</numerusform>
        <numerusform>from %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+3" />
      <source>up to %n year(s)</source>
      <translation>
        <numerusform>up to %n year</numerusform>
        <numerusform>up to %n years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+3" />
      <source>up to %n month(s)</source>
      <translation>
        <numerusform>up to %n month</numerusform>
        <numerusform>up to %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+3" />
      <source>%1–%n year(s)</source>
      <translation>
        <numerusform>%1–%n year</numerusform>
        <numerusform>%1–%n years</numerusform>
      </translation>
    </message>
    <message>
      <location line="+65" />
      <source>number withheld</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <location filename="../../reception_console/ui/models/history_model.py" line="+60" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LossCalculator</name>
    <message>
      <location filename="../../reception_console/ui/loss_calculator.py" line="+45" />
      <source>Choose one clinic above to see its loss points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>mean of the period's bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Save for this clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Goal conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Average check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+36" />
      <source>Loss points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Loss points — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+30" />
      <source>The average check is an amount, e.g. 3500 or 260.50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>(mean of the period's bookings)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Calls answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Non-target, measured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>information only + non-target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Target calls answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>booked + not booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Target share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missed calls at the same mix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Estimated target calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Bookings at the goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Lost bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Lost revenue</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../reception_console/ui/main_window.py" line="+78" />
      <source>Reception Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>No calls.

Incoming calls appear here.
Ctrl+N starts one by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+77" />
      <source>Main</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>New call  Ctrl+N</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>My tasks  Ctrl+T</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Dashboard  Ctrl+D</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Switch user  Ctrl+Shift+L</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>admin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Missed call from %1 recorded; a callback task was created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+57" />
      <source>The database is back; everything kept meanwhile is stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+41" />
      <source>No call in progress. Look up a clinic's card:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>The line %1 belongs to no clinic. Choose the clinic to see its card:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Choose clinic…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+91" />
      <source>follow-up on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>callback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>message for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Saved: %1.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+2" />
      <source>Task(s) created: %1.</source>
      <translation>
        <numerusform>Task created: %1.</numerusform>
        <numerusform>Tasks created: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+32" />
      <source>%n unsaved call(s) from the last session restored: finish and save the outcome.</source>
      <translation>
        <numerusform>%n unsaved call from the last session restored: finish and save the outcome.</numerusform>
        <numerusform>%n unsaved calls from the last session restored: finish and save the outcome.</numerusform>
      </translation>
    </message>
    <message>
      <location line="+40" />
      <source>Call back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Dial %1 now; the outcome you save completes the task.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewCallDialog</name>
    <message>
      <location filename="../../reception_console/ui/new_call.py" line="+32" />
      <source>New call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Clinic name or the number dialled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>e.g. 600 111 222 — leave empty if withheld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Start call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>&amp;Line the call came in on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>&amp;Caller's number:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+46" />
      <source>Choose the line, or type the number that was dialled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>No clinic line matches “%1”, and it is not a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>“%1” is not a phone number. Check the digits, or leave it empty if the number was withheld.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OutageKeeper</name>
    <message>
      <location filename="../../reception_console/ui/outage.py" line="+47" />
      <source>The database cannot be reached. Nothing is lost: calls and what you type stay here and are stored as soon as it answers again. (%1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Outcome</name>
    <message>
      <location filename="../../reception_console/ui/models/history_model.py" line="-43" />
      <source>Booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Not booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Information only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Non-target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>too expensive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>will think</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>no suitable time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>too far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>wants a specific doctor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>other reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>not saved</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OutcomePanel</name>
    <message>
      <location filename="../../reception_console/ui/outcome_panel.py" line="+85" />
      <source>Speciali&amp;st:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>S&amp;ervice:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Visit:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>E&amp;xpected value:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>What stopped the patient?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>&amp;Reason:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>In &amp;words:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Follow up on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>First and last name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Anything the next person should know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Call the patient &amp;back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>The message, with the best time to call back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Patient:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Notes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Message for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Messa&amp;ge:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Save outcome  Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+47" />
      <source>the owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+145" />
      <source>Choose the outcome of the call (Ctrl+1…Ctrl+5).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>This call was answered, so it cannot be recorded as missed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The call was never answered: press F9 to answer, or record it as missed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Choose the specialist or the service that was booked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Enter the date and time of the visit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The expected value cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The expected value must be an amount, e.g. 180 or 180.50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Choose why the patient did not book.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Describe the reason in a few words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Write the message to pass on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Choose the clinic this call was for (above the card).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Not saved yet: the database cannot be reached. The outcome stays here; press Enter again once the database is back.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PromptsPanel</name>
    <message>
      <location filename="../../reception_console/ui/prompts_panel.py" line="+77" />
      <source>Objections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Phrases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+37" />
      <source>Press F2–F8 when the patient hesitates; the words to say appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-48" />
      <location line="+49" />
      <source>Directions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-48" />
      <location line="+11" />
      <location line="+66" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-28" />
      <source>Parking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Opening hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-41" />
      <location line="+68" />
      <source>History (%1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportFormat</name>
    <message>
      <location filename="../../reception_console/ui/report_format.py" line="+43" />
      <source>%1 s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>%1 h %2 min</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServicesModel</name>
    <message>
      <location filename="../../reception_console/ui/models/card_models.py" line="+110" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Preparation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsAction</name>
    <message>
      <location filename="../../reception_console/ui/settings_dialog.py" line="+110" />
      <source>Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Language saved: it applies from the next start of the console.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location line="-89" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>As the system (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+34" />
      <source>The console switches to %1 the next time it starts. Close it and start it again when convenient: calls in progress and unsaved outcomes are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>A new language is used from the next start of the console.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>The settings file could not be changed, so nothing was saved:
%1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../reception_console/ui/sign_in.py" line="+26" />
      <source>Sign in — Reception Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Who is at the console?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Wrong name or password. Check the keyboard layout and Caps Lock.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SpecialistsModel</name>
    <message>
      <location filename="../../reception_console/ui/models/card_models.py" line="-51" />
      <source>Specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Specialty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+27" />
      <source>Languages: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetsPanel</name>
    <message>
      <location filename="../../reception_console/ui/targets_panel.py" line="+40" />
      <source>bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>no conversion target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Set target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Monthly targets, %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TasksDialog</name>
    <message>
      <location filename="../../reception_console/ui/tasks_dialog.py" line="+41" />
      <source>My tasks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <location line="+41" />
      <source>Call back  Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-39" />
      <source>Mark done  Ctrl+D</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+20" />
      <source>%n open task(s)</source>
      <translation>
        <numerusform>%n open task</numerusform>
        <numerusform>%n open tasks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+0" />
      <source>%n overdue</source>
      <translation>
        <numerusform>%n overdue</numerusform>
        <numerusform>%n overdue</numerusform>
      </translation>
    </message>
    <message>
      <location line="+15" />
      <source>Call the patient  Enter</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TasksModel</name>
    <message>
      <location filename="../../reception_console/ui/models/tasks_model.py" line="+23" />
      <source>Owner: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+31" />
      <source>Task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Call back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Follow up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Message for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrendChart</name>
    <message>
      <location filename="../../reception_console/ui/dashboard_widgets.py" line="+75" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Conversion, %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>wk %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>calls</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WorkListsPanel</name>
    <message>
      <location filename="../../reception_console/ui/worklists_panel.py" line="+66" />
      <location line="+34" />
      <source>Follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-32" />
      <source>Too expensive or will think: call back on the due date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <location line="+29" />
      <source>Callbacks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-27" />
      <source>Missed calls not yet called back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <location line="+24" />
      <source>Messages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-22" />
      <source>Messages for owners and doctors, not yet passed on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Visits that have taken place: mark what happened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Call now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Mark done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Passed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>No-show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Visits to mark</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>