<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActiveCallsModel</name>
    <message>
        <location filename="../../reception_console/ui/models/calls_model.py" line="+66"/>
        <source>Ringing</source>
        <translation>Звонит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the line</source>
        <translation>Идёт разговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome not saved</source>
        <translation>Результат не сохранён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown line %1</source>
        <translation>Неизвестная линия %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reception_console/app.py" line="+85"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Reception Console</source>
        <translation>Консоль регистратуры</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The database cannot be opened:
%1

%2</source>
        <translation>Не удаётся открыть базу данных:
%1

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A settings file could not be read and was ignored:
%1</source>
        <translation>Не удалось прочитать файл настроек, поэтому он пропущен:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Embedded database</source>
        <translation>Локальная база</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared database</source>
        <translation>Общая база</translation>
    </message>
</context>
<context>
    <name>CallHeader</name>
    <message>
        <location filename="../../reception_console/ui/call_header.py" line="+32"/>
        <source>Answer  F9</source>
        <translation>Ответить  F9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End  F10</source>
        <translation>Завершить  F10</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Calling back %1</source>
        <translation>Перезвон: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Returning patient · %n earlier call(s)</source>
        <translation>
            <numerusform>Уже звонили · %n раз</numerusform>
            <numerusform>Уже звонили · %n раза</numerusform>
            <numerusform>Уже звонили · %n раз</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The caller hung up before anyone answered</source>
        <translation>Звонящий положил трубку, не дождавшись ответа</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../reception_console/ui/card_panel.py" line="+91"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directions</source>
        <translation>Проезд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parking</source>
        <translation>Парковка</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search the card, or type an age: 5, 5 lat, 8 mies, 6 months…  (Ctrl+F)</source>
        <translation>Поиск по карточке или возраст: 5, 5 лет, 8 мес…  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Specialists</source>
        <translation>Специалисты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services and prices</source>
        <translation>Услуги и цены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithms for hard questions</source>
        <translation>Алгоритмы на сложные вопросы</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>age %1</source>
        <translation>возраст: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n specialist(s)</source>
        <translation>
            <numerusform>%1 из %n специалиста</numerusform>
            <numerusform>%1 из %n специалистов</numerusform>
            <numerusform>%1 из %n специалистов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../reception_console/platform/crash.py" line="+29"/>
        <source>Reception Console</source>
        <translation>Консоль регистратуры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the console. What you typed is kept as a draft.

Please tell IT and give them the log file:
%1</source>
        <translation>В консоли произошла непредвиденная ошибка. Всё, что вы ввели, сохранено как черновик.

Сообщите, пожалуйста, в IT-отдел и передайте файл журнала:
%1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reception_console/ui/error_text.py" line="+13"/>
        <source>Enter a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» — это не номер телефона.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has too few or too many digits.</source>
        <translation>В номере «%1» слишком мало или слишком много цифр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This task has no phone number to call.</source>
        <translation>В этой задаче нет номера, по которому можно позвонить.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database was last opened by a newer version of Reception Console (schema %1; this version knows up to %2). Install the newer version, or point this console at another database.</source>
        <translation>Эту базу данных уже открывала более новая версия Консоли регистратуры (схема %1; эта версия знает схемы до %2). Установите новую версию или подключите консоль к другой базе данных.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../../reception_console/ui/formatting.py" line="+24"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>all ages</source>
        <translation>любой возраст</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>from %n month(s)</source>
        <translation>
            <numerusform>от %n месяца</numerusform>
            <numerusform>от %n месяцев</numerusform>
            <numerusform>от %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>up to %n year(s)</source>
        <translation>
            <numerusform>до %n года</numerusform>
            <numerusform>до %n лет</numerusform>
            <numerusform>до %n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>up to %n month(s)</source>
        <translation>
            <numerusform>до %n месяца</numerusform>
            <numerusform>до %n месяцев</numerusform>
            <numerusform>до %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1–%n year(s)</source>
        <translation>
            <numerusform>%1–%n год</numerusform>
            <numerusform>%1–%n года</numerusform>
            <numerusform>%1–%n лет</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>number withheld</source>
        <translation>номер скрыт</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../reception_console/ui/models/history_model.py" line="+60"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reception_console/ui/main_window.py" line="+78"/>
        <source>Reception Console</source>
        <translation>Консоль регистратуры</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No calls.

Incoming calls appear here.
Ctrl+N starts one by hand.</source>
        <translation>Звонков нет.

Здесь появляются входящие звонки.
Ctrl+N — начать звонок вручную.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New call  Ctrl+N</source>
        <translation>Новый звонок  Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tasks  Ctrl+T</source>
        <translation>Мои задачи  Ctrl+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch user  Ctrl+Shift+L</source>
        <translation>Сменить пользователя  Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>receptionist</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>старший администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>администратор системы</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Missed call from %1 recorded; a callback task was created.</source>
        <translation>Пропущенный звонок (%1) записан; создана задача перезвонить.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The database is back; everything kept meanwhile is stored.</source>
        <translation>База данных снова доступна; всё, что ждало записи, сохранено.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No call in progress. Look up a clinic&apos;s card:</source>
        <translation>Сейчас нет звонка. Открыть карточку клиники:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The line %1 belongs to no clinic. Choose the clinic to see its card:</source>
        <translation>Линия %1 не привязана ни к одной клинике. Выберите клинику, чтобы открыть её карточку:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose clinic…</source>
        <translation>Выберите клинику…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>follow-up on %1</source>
        <translation>повторный контакт %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>callback</source>
        <translation>перезвон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message for %1</source>
        <translation>сообщение для: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Task(s) created: %1.</source>
        <translation>
            <numerusform>Создана задача: %1.</numerusform>
            <numerusform>Созданы задачи: %1.</numerusform>
            <numerusform>Созданы задачи: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n unsaved call(s) from the last session restored: finish and save the outcome.</source>
        <translation>
            <numerusform>Восстановлен %n несохранённый звонок с прошлого сеанса: завершите и сохраните результат.</numerusform>
            <numerusform>Восстановлено %n несохранённых звонка с прошлого сеанса: завершите и сохраните результаты.</numerusform>
            <numerusform>Восстановлено %n несохранённых звонков с прошлого сеанса: завершите и сохраните результаты.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dial %1 now; the outcome you save completes the task.</source>
        <translation>Наберите %1; когда вы сохраните результат, задача будет выполнена.</translation>
    </message>
</context>
<context>
    <name>NewCallDialog</name>
    <message>
        <location filename="../../reception_console/ui/new_call.py" line="+32"/>
        <source>New call</source>
        <translation>Новый звонок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinic name or the number dialled</source>
        <translation>Название клиники или номер, на который звонили</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 600 111 222 — leave empty if withheld</source>
        <translation>например, +7 916 123-45-67; пусто, если номер скрыт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start call</source>
        <translation>Начать звонок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Line the call came in on:</source>
        <translation>&amp;Линия, на которую поступил звонок:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Caller&apos;s number:</source>
        <translation>&amp;Номер звонящего:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose the line, or type the number that was dialled.</source>
        <translation>Выберите линию или введите номер, на который звонили.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No clinic line matches “%1”, and it is not a phone number.</source>
        <translation>Ни одна линия клиники не подходит под «%1», и это не номер телефона.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a phone number. Check the digits, or leave it empty if the number was withheld.</source>
        <translation>«%1» — не номер телефона. Проверьте цифры или оставьте поле пустым, если номер скрыт.</translation>
    </message>
</context>
<context>
    <name>OutageKeeper</name>
    <message>
        <location filename="../../reception_console/ui/outage.py" line="+47"/>
        <source>The database cannot be reached. Nothing is lost: calls and what you type stay here and are stored as soon as it answers again. (%1)</source>
        <translation>Нет связи с базой данных. Ничего не потеряется: звонки и всё, что вы вводите, остаются здесь и будут записаны, как только база снова ответит. (%1)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../reception_console/ui/models/history_model.py" line="-43"/>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not booked</source>
        <translation>Не записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information only</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-target</source>
        <translation>Нецелевой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Пропущенный</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too expensive</source>
        <translation>дорого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will think</source>
        <translation>хочет подумать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no suitable time</source>
        <translation>нет удобного времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too far</source>
        <translation>далеко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants a specific doctor</source>
        <translation>хочет к конкретному врачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other reason</source>
        <translation>другая причина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved</source>
        <translation>не сохранён</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../reception_console/ui/outcome_panel.py" line="+85"/>
        <source>Speciali&amp;st:</source>
        <translation>&amp;Специалист:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ervice:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit:</source>
        <translation>&amp;Приём:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpected value:</source>
        <translation>Ожидаемая су&amp;мма:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What stopped the patient?</source>
        <translation>Что остановило пациента?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;words:</source>
        <translation>Подро&amp;бнее:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on:</source>
        <translation>Повторный &amp;контакт:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything the next person should know</source>
        <translation>Что важно знать коллегам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the patient &amp;back</source>
        <translation>Перез&amp;вонить пациенту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message, with the best time to call back</source>
        <translation>Текст и когда удобно перезвонить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patient:</source>
        <translation>П&amp;ациент:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message for:</source>
        <translation>Сообщение &amp;для:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messa&amp;ge:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save outcome  Enter</source>
        <translation>Сохранить результат  Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Choose the outcome of the call (Ctrl+1…Ctrl+5).</source>
        <translation>Выберите результат звонка (Ctrl+1…Ctrl+5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This call was answered, so it cannot be recorded as missed.</source>
        <translation>На этот звонок ответили, поэтому его нельзя записать как пропущенный.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call was never answered: press F9 to answer, or record it as missed.</source>
        <translation>На звонок не ответили: нажмите F9, чтобы ответить, или запишите его как пропущенный.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the specialist or the service that was booked.</source>
        <translation>Выберите специалиста или услугу, на которую записали пациента.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date and time of the visit.</source>
        <translation>Укажите дату и время приёма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expected value cannot be negative.</source>
        <translation>Ожидаемая сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expected value must be an amount, e.g. 180 or 180.50.</source>
        <translation>Ожидаемая сумма должна быть числом, например 180 или 180,50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose why the patient did not book.</source>
        <translation>Выберите, почему пациент не записался.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the reason in a few words.</source>
        <translation>Опишите причину в нескольких словах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the message to pass on.</source>
        <translation>Напишите, что нужно передать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the clinic this call was for (above the card).</source>
        <translation>Выберите клинику, в которую звонили (над карточкой).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet: the database cannot be reached. The outcome stays here; press Enter again once the database is back.</source>
        <translation>Пока не сохранено: нет связи с базой данных. Результат остаётся здесь; нажмите Enter ещё раз, когда база снова заработает.</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <location filename="../../reception_console/ui/prompts_panel.py" line="+77"/>
        <source>Objections</source>
        <translation>Возражения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrases</source>
        <translation>Фразы</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Press F2–F8 when the patient hesitates; the words to say appear here.</source>
        <translation>Если пациент сомневается, нажмите F2–F8 — здесь появится, что ответить.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Directions</source>
        <translation>Проезд</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+11"/>
        <location line="+66"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Parking</source>
        <translation>Парковка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+68"/>
        <source>History (%1)</source>
        <translation>История (%1)</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../reception_console/ui/models/card_models.py" line="+110"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <location filename="../../reception_console/ui/settings_dialog.py" line="+110"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language saved: it applies from the next start of the console.</source>
        <translation>Язык сохранён: он будет применён при следующем запуске консоли.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location line="-89"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The console switches to %1 the next time it starts. Close it and start it again when convenient: calls in progress and unsaved outcomes are kept.</source>
        <translation>Консоль перейдёт на язык «%1» при следующем запуске. Закройте и снова откройте её, когда будет удобно: текущие звонки и несохранённые результаты не пропадут.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used from the next start of the console.</source>
        <translation>Новый язык применяется при следующем запуске консоли.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings file could not be changed, so nothing was saved:
%1</source>
        <translation>Не удалось изменить файл настроек, поэтому ничего не сохранено:
%1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../reception_console/ui/sign_in.py" line="+26"/>
        <source>Sign in — Reception Console</source>
        <translation>Вход — Консоль регистратуры</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who is at the console?</source>
        <translation>Кто сейчас за консолью?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrong name or password. Check the keyboard layout and Caps Lock.</source>
        <translation>Неверное имя пользователя или пароль. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
</context>
<context>
    <name>SpecialistsModel</name>
    <message>
        <location filename="../../reception_console/ui/models/card_models.py" line="-51"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
</context>
<context>
    <name>TasksDialog</name>
    <message>
        <location filename="../../reception_console/ui/tasks_dialog.py" line="+41"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <source>Call back  Enter</source>
        <translation>Перезвонить  Enter</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Mark done  Ctrl+D</source>
        <translation>Отметить выполненной  Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n открытая задача</numerusform>
            <numerusform>%n открытые задачи</numerusform>
            <numerusform>%n открытых задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочена</numerusform>
            <numerusform>%n просрочены</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Call the patient  Enter</source>
        <translation>Позвонить пациенту  Enter</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../reception_console/ui/models/tasks_model.py" line="+23"/>
        <source>Owner: %1</source>
        <translation>Владелец: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message for %1</source>
        <translation>Сообщение для: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
</TS>
