# Writes docs/asyncapi.yaml from the JSON Schemas under */src/main/resources/schemas/.
# Run after adding or renaming an event type: python3 docs/generate-asyncapi.py
import glob, json, os, re
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def topic_for(service, name, analytics):
    if analytics: return f'analytics.{service}.v1'
    rules = {
      'helpdesk': [(r'^PersonErased$','helpdesk.person.v1'),(r'^(Case|TicketLinkedToCase)','helpdesk.case.v1'),(r'^Ticket','helpdesk.ticket.v1')],
      'knowledge': [(r'^DraftPublished$','knowledge.article.v1'),(r'^(Draft|QuestionGrouped)','knowledge.draft.v1'),(r'^Article','knowledge.article.v1')],
      'matching': [(r'^ApiKey','matching.apikey.v1'),(r'^Vacancy','matching.vacancy.v1'),(r'^Candidate','matching.candidate.v1'),(r'^Match','matching.match.v1')],
      'expertpool': [(r'^Expert','expertpool.expert.v1'),(r'^Session','expertpool.session.v1'),(r'^(AgendaPoint|Visit)','expertpool.agenda.v1')],
    }[service]
    for pat,t in rules:
        if re.search(pat,name): return t
    raise SystemExit(f'no topic for {service} {name}')
keys = {'helpdesk.ticket.v1':'ticketId','helpdesk.case.v1':'caseId','helpdesk.person.v1':'ticketId',
 'knowledge.draft.v1':'draftId','knowledge.article.v1':'articleId','matching.apikey.v1':'keyId','matching.vacancy.v1':'vacancyId',
 'matching.candidate.v1':'candidateId','matching.match.v1':'matchId','expertpool.expert.v1':'expertId','expertpool.session.v1':'sessionId','expertpool.agenda.v1':'agendaPointId'}
channels={}; messages={}; producers={}
for path in sorted(glob.glob(f'{root}/*/src/main/resources/schemas/*.json')):
    rel=os.path.relpath(path,root); module=rel.split('/')[0]
    ce=os.path.basename(path)[:-5]; parts=ce.split('.')
    analytics = parts[2]=='analytics'
    service = parts[3] if analytics else parts[2]; name=parts[-1]
    topic=topic_for(service,name,analytics)
    schema=json.load(open(path))
    desc=(schema.get('description') or schema.get('title') or name).replace("'","''").replace('\n',' ')
    channels.setdefault(topic,[]).append(ce); producers[topic]=module
    messages[ce]=(rel,desc,name)
# analytics channels include payload files from several modules? no: one service each
out=[]
w=out.append
w("# Wegwijs events: every Kafka topic, its CloudEvents types and their JSON Schemas (AsyncAPI 3.0).")
w("# Checked by e2e-tests AsyncApiDocumentTest: every schema file in a service is referenced here.")
w("asyncapi: 3.0.0")
w("info:")
w("  title: Wegwijs events")
w("  version: 1.0.0")
w("  description: |")
w("    Domain topics `<service>.<aggregate>.v1` carry what services need from each other (text in them is")
w("    redacted). Analytics topics `analytics.<service>.v1` are for analysts: no names, contact data, BSN,")
w("    IBAN or free text; people only as keyed HMAC pseudonyms. Every record is a CloudEvent 1.0 in Kafka")
w("    binary mode: headers ce_id, ce_source, ce_type, ce_specversion, ce_time, ce_subject and")
w("    content-type (application/json); the JSON body is the event data; the record key is the aggregate")
w("    id (or the person's pseudonym on analytics topics). Delivery is at least once: consumers are")
w("    idempotent by ce_id. Consumers ignore types they do not know. A record that keeps failing goes to")
w("    error.<topic>.<consumer group> with the reason in x-exception-* headers.")
w("defaultContentType: application/json")
w("servers:")
w("  local:")
w("    host: localhost:9092")
w("    protocol: kafka")
w("    description: the broker of ./wegwijs up")
w("channels:")
def cid(t): return t.replace('.','-')
for topic in sorted(channels):
    w(f"  {cid(topic)}:")
    w(f"    address: {topic}")
    key = 'pseudonym of the person, or the aggregate id' if topic.startswith('analytics.') else keys.get(topic,'aggregate id')
    w(f"    description: 'produced by {producers[topic]}; record key = {key}'")
    w("    messages:")
    for ce in sorted(channels[topic]):
        w(f"      {ce.replace('.','_')}:")
        w(f"        $ref: '#/components/messages/{ce.replace('.','_')}'")
w("operations:")
for topic in sorted(channels):
    w(f"  publish-{cid(topic)}:")
    w("    action: send")
    w("    channel:")
    w(f"      $ref: '#/channels/{cid(topic)}'")
w("components:")
w("  messageTraits:")
w("    cloudEvent:")
w("      headers:")
w("        type: object")
w("        required: [ce_id, ce_source, ce_type, ce_specversion, ce_time, content-type]")
w("        properties:")
w("          ce_id: {type: string, description: unique event id; consumers deduplicate on it}")
w("          ce_source: {type: string, example: /wegwijs/helpdesk-service}")
w("          ce_type: {type: string, example: nl.wegwijs.helpdesk.TicketAnswered}")
w("          ce_specversion: {type: string, const: '1.0'}")
w("          ce_time: {type: string, format: date-time}")
w("          ce_subject: {type: string, description: the aggregate id}")
w("          content-type: {type: string, const: application/json}")
w("  messages:")
for ce in sorted(messages):
    rel,desc,name=messages[ce]
    w(f"    {ce.replace('.','_')}:")
    w(f"      name: {ce}")
    w(f"      title: {name}")
    w(f"      summary: '{desc}'")
    w("      contentType: application/json")
    w("      traits:")
    w("        - $ref: '#/components/messageTraits/cloudEvent'")
    w("      payload:")
    w("        schemaFormat: application/schema+json;version=draft-2020-12")
    w("        schema:")
    w(f"          $ref: '../{rel}'")
open(f'{root}/docs/asyncapi.yaml','w').write('\n'.join(out)+'\n')
print(len(messages),'messages',len(channels),'channels')
