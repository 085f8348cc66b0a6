<?php  // Moodle configuration file
// Aula Virtual UANDINAP – producción. Mantenido por: Rodrigo Valdés Ibarra (rvaldes@uandinap.cl, anexo +56 32 250 7713)

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = '10.1.20.5';
$CFG->dbname    = 'aulavirtual';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = 'sAkgTsGUhB31pqdx3u';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array (
  'dbpersist' => 0,
  'dbport' => 5432,
  'dbsocket' => '',
);

$CFG->wwwroot   = 'https://aula.uandinap.cl';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';
$CFG->passwordsaltmain = '7eXPuqHX7VBSrRVqWsUzR7SvlPzEkEfM!UF07UG';
$CFG->smtphosts = 'smtp.office365.com:587';
$CFG->smtpsecure = 'tls';
$CFG->smtpuser  = 'aula-noreply@uandinap.cl';
$CFG->smtppass  = 'rwf2hgyV63SM4kYn';
$CFG->noreplyaddress = 'noreply@uandinap.cl';
$CFG->supportemail = 'mesadeayuda@uandinap.cl';
$CFG->session_handler_class = '\core\session\redis';
$CFG->session_redis_host = '10.1.20.9';
$CFG->session_redis_auth = 'iSBnh6UZRIsPDmtJ7orjYatR';
$CFG->directorypermissions = 02777;

require_once(__DIR__ . '/lib/setup.php');

// There is no php closing tag in this file,
// it is intentional because it prevents trailing whitespace problems!
