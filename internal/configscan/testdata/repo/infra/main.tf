resource "aws_ssm_parameter" "whispir_base_url" {
  name  = "/notifier/whispir_base_url"
  type  = "String"
  value = "https://api.whispir.com"
}

locals {
  whispir_messages = "${aws_ssm_parameter.whispir_base_url.value}/messages"
}
