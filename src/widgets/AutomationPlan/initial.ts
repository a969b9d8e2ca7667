/** The lesson's starting file: a network, a subnet in it, and an instance in the subnet. */
export const INITIAL = `resources:
  network.main:
    properties:
      cidr: 10.0.0.0/16
  subnet.web:
    properties:
      network_id: \${network.main.id}
      cidr: 10.0.1.0/24
  instance.app:
    properties:
      subnet_id: \${subnet.web.id}
      image: ami-0abc
      size: t3.small
`;
