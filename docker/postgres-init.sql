-- One database per service: no service reads another's tables.
create database helpdesk;
create database knowledge;
create database matching;
create database expertpool;
