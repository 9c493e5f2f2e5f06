// Words of the dashboard (nl, en, uk).
import {registerAll} from '../i18n.js';

registerAll({
  nl: {
    'dash.title': 'Dashboard', 'dash.period': 'Periode', 'dash.weeks4': 'Laatste 4 weken', 'dash.weeks12': 'Laatste 12 weken',
    'dash.weeks26': 'Laatste 26 weken', 'dash.weeks52': 'Laatste 52 weken', 'dash.byLanguage': 'Vragen per week per taal',
    'dash.byTopic': 'Vragen per week per onderwerp', 'dash.responseTimes': 'Tijd tot eerste antwoord', 'dash.responseTimesTopic': 'Tijd tot eerste antwoord per onderwerp',
    'dash.drafts': 'Concepten gemaakt en gepubliceerd per week', 'dash.topTopics': 'Meest gevraagde onderwerpen', 'dash.noData': 'Nog geen gegevens voor deze periode.',
    'dash.otherTopics': 'Overige', 'dash.median': 'Mediaan', 'dash.p90': '90e percentiel', 'dash.answered': 'Beantwoorde vragen',
    'dash.created': 'Gemaakt', 'dash.published': 'Gepubliceerd',
  },
  en: {
    'dash.title': 'Dashboard', 'dash.period': 'Period', 'dash.weeks4': 'Last 4 weeks', 'dash.weeks12': 'Last 12 weeks',
    'dash.weeks26': 'Last 26 weeks', 'dash.weeks52': 'Last 52 weeks', 'dash.byLanguage': 'Questions per week by language',
    'dash.byTopic': 'Questions per week by topic', 'dash.responseTimes': 'Time to first answer', 'dash.responseTimesTopic': 'Time to first answer by topic',
    'dash.drafts': 'Drafts created and published per week', 'dash.topTopics': 'Most asked topics', 'dash.noData': 'No data for this period yet.',
    'dash.otherTopics': 'Other', 'dash.median': 'Median', 'dash.p90': '90th percentile', 'dash.answered': 'Questions answered',
    'dash.created': 'Created', 'dash.published': 'Published',
  },
  uk: {
    'dash.title': 'Панель', 'dash.period': 'Період', 'dash.weeks4': 'Останні 4 тижні', 'dash.weeks12': 'Останні 12 тижнів',
    'dash.weeks26': 'Останні 26 тижнів', 'dash.weeks52': 'Останні 52 тижні', 'dash.byLanguage': 'Запитання за тиждень за мовами',
    'dash.byTopic': 'Запитання за тиждень за темами', 'dash.responseTimes': 'Час до першої відповіді', 'dash.responseTimesTopic': 'Час до першої відповіді за темами',
    'dash.drafts': 'Створені й опубліковані чернетки за тиждень', 'dash.topTopics': 'Найчастіші теми', 'dash.noData': 'За цей період даних ще немає.',
    'dash.otherTopics': 'Інші', 'dash.median': 'Медіана', 'dash.p90': '90-й процентиль', 'dash.answered': 'Запитань із відповіддю',
    'dash.created': 'Створено', 'dash.published': 'Опубліковано',
  },
});
